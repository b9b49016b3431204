"""Many documents at once: lazy, ordered, in worker processes, never dropping one.

This module owns :func:`attribute_many` and its records, :class:`Result` and
:class:`Failure`. Items go in as an iterable and come out as one record each,
in input order, as they are ready::

    >>> from quoteattr.batch import attribute_many
    >>> records = attribute_many(["“Yes,” she said.", None, ("b", "No quotes here.")])
    >>> [(record.id, record.index, record.ok) for record in records]
    [(0, 0, True), (1, 1, False), ('b', 2, True)]

With ``processes > 1`` the documents are attributed in that many worker
processes. Small documents travel in chunks, and only ``window`` chunks are in
flight at a time, so memory grows with the window, not with the input. Each
worker builds one :class:`~quoteattr.Attributor` when it starts (the word lists
are loaded once per process) and keeps it in a local variable of its loop: the
module holds no mutable state.
"""

from __future__ import annotations

import collections
import contextlib
import gc
import multiprocessing
import pickle
import signal
import time
from collections.abc import Generator, Iterable, Iterator
from multiprocessing.connection import wait as connection_wait
from typing import Any, TypeAlias

import attrs

from quoteattr.config import Config
from quoteattr.model import Document
from quoteattr.pipeline import Attributor, _default_attributor

__all__ = ["Failure", "Record", "Result", "attribute_many"]

#: Characters of text per chunk sent to a worker (a longer document goes alone).
DEFAULT_CHUNK_CHARS = 40_000
#: At most this many documents per chunk, however short.
DEFAULT_CHUNK_DOCS = 200


@attrs.frozen
class Result:
    """One attributed document.

    Attributes:
        id: the caller's id for the item (the first element of an ``(id, text)``
            pair), or the item's position when the item was a bare ``str``.
        index: the item's position in the input, from 0.
        document: the attributed :class:`~quoteattr.Document`.
    """

    id: Any
    index: int
    document: Document

    @property
    def ok(self) -> bool:
        """This record holds a document, so ``ok`` is always True."""
        return True


@attrs.frozen
class Failure:
    """One item that could not be attributed, and why.

    Attributes:
        id: the caller's id for the item, or its position when it had none.
        index: the item's position in the input, from 0.
        error: the reason, e.g. ``"TypeError: attribute() expects text as str, got NoneType"``.
    """

    id: Any
    index: int
    error: str

    @property
    def ok(self) -> bool:
        """This record holds an error instead of a document, so ``ok`` is always False."""
        return False


#: What :func:`attribute_many` yields: a :class:`Result` or a :class:`Failure`.
Record: TypeAlias = Result | Failure

# A prepared item: a failure already, or (index, id, text-or-anything).
_Entry: TypeAlias = Failure | tuple[int, Any, object]


def _describe(error: BaseException) -> str:
    return f"{type(error).__name__}: {error}"


def _prepare(index: int, item: object) -> _Entry:
    """Split an item into (index, id, text), or pass a failure through at ``index``."""
    if isinstance(item, Failure):
        return attrs.evolve(item, index=index)
    if isinstance(item, tuple):
        if len(item) != 2:
            return Failure(
                index, index, f"TypeError: expected an (id, text) pair, got a {len(item)}-tuple"
            )
        return (index, item[0], item[1])
    return (index, index, item)


def _run(attributor: Attributor, entry: _Entry, max_chars: int | None = None) -> Record:
    """Attribute one prepared entry; any exception becomes a :class:`Failure`."""
    if isinstance(entry, Failure):
        return entry
    index, ident, text = entry
    if max_chars is not None and isinstance(text, str) and len(text) > max_chars:
        return Failure(ident, index, _size_error(len(text), max_chars))
    try:
        return Result(ident, index, attributor(text))  # type: ignore[arg-type]
    except Exception as error:  # never drop a document: report it instead
        return Failure(ident, index, _describe(error))


def _size_error(length: int, max_chars: int) -> str:
    return f"SizeLimitExceeded: {length:,} characters, more than max_chars={max_chars:,}"


def _time_error(time_limit: float) -> str:
    return f"TimeLimitExceeded: not attributed within time_limit={time_limit:g} seconds"


def _death_error(exitcode: int | None) -> str:
    if exitcode is not None and exitcode < 0:
        try:
            how = f"signal {signal.Signals(-exitcode).name}"
        except ValueError:
            how = f"signal {-exitcode}"
    else:
        how = f"exit code {exitcode}"
    return f"WorkerDied: the worker process attributing this document died ({how})"


def _check_positive(name: str, value: object) -> int:
    if type(value) is not int or value < 1:
        raise ValueError(f"attribute_many() expects {name} as an int >= 1, got {value!r}")
    return value


def _check_limit(name: str, value: object, kind: type) -> Any:
    """None, or a positive number of ``kind`` (an int also passes as a float)."""
    if value is None:
        return None
    accepted = (int, float) if kind is float else (int,)
    if isinstance(value, bool) or not isinstance(value, accepted) or not value > 0:
        what = "a number" if kind is float else "an int"
        raise ValueError(f"attribute_many() expects {name} as None or {what} > 0, got {value!r}")
    return kind(value)


def attribute_many(
    items: Iterable[object],
    *,
    config: Config | None = None,
    processes: int = 1,
    window: int | None = None,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
    max_chars: int | None = None,
    time_limit: float | None = None,
) -> Generator[Record, None, None]:
    """Attribute many texts lazily, yielding one record per item in input order.

    Args:
        items: any iterable; it is consumed as the results are taken. Each item is
            a ``str`` (its id is its position), an ``(id, text)`` tuple (the id is
            anything picklable: a path, a database key), or a :class:`Failure`
            made by the caller's reader, which is passed through in its place
            with ``index`` set to its position. Anything else (None, bytes, an
            int, a text that is not a ``str``) yields a :class:`Failure`.
        config: settings; the default :class:`~quoteattr.Config` when omitted.
        processes: 1 attributes in this process; more starts that many worker
            processes, each building one :class:`~quoteattr.Attributor`.
        window: with worker processes, at most this many chunks are in flight
            (read but not yet yielded); default ``4 * processes``. Memory is
            bounded by ``window * chunk_chars`` characters of text and their
            documents, whatever the input size.
        chunk_chars: with worker processes, small documents are sent to the
            workers together, up to about this many characters per chunk.
        max_chars: a text longer than this many characters is not attributed;
            its record is a :class:`Failure` starting ``SizeLimitExceeded:``.
            None (the default): no limit.
        time_limit: seconds a document may take; one that takes longer is
            stopped (its worker process is ended and replaced) and its record is
            a :class:`Failure` starting ``TimeLimitExceeded:``. Stopping a
            document needs a worker process, so with ``processes=1`` and a
            time limit the documents are attributed in one worker process.
            None (the default): no limit.

    Yields:
        A :class:`Result` or a :class:`Failure` for every item, in input order.
        A failing item never stops the others. A worker process that dies (the
        system ends it when memory runs out, say) is replaced; the document it
        was attributing gets a :class:`Failure` starting ``WorkerDied:`` and the
        others it held are attributed again. Closing the generator early
        (``records.close()``) stops the workers.

    Raises:
        TypeError: when ``config`` is not a :class:`~quoteattr.Config` or
            ``items`` is not iterable.
        ValueError: when ``processes``, ``window`` or ``chunk_chars`` is not an
            int >= 1, or a limit is neither None nor a number above 0.

    Example:
        >>> from quoteattr.batch import attribute_many
        >>> texts = [("a", "“Go,” he said."), ("b", 42), ("c", "“Stop!” " * 9)]
        >>> for record in attribute_many(texts, max_chars=50):
        ...     print(record.id, record.document.quotes[0].text if record.ok else record.error)
        a Go,
        b TypeError: attribute() expects text as str, got int
        c SizeLimitExceeded: 72 characters, more than max_chars=50
    """
    if config is not None and not isinstance(config, Config):
        raise TypeError(f"attribute_many() expects config as a quoteattr.Config, got {config!r}")
    if isinstance(items, (str, bytes)) or not isinstance(items, Iterable):
        raise TypeError(
            f"attribute_many() expects an iterable of texts or (id, text) pairs, "
            f"got {type(items).__name__}"
        )
    processes = _check_positive("processes", processes)
    window = _check_positive("window", 4 * processes if window is None else window)
    chunk_chars = _check_positive("chunk_chars", chunk_chars)
    limits = _Limits(_check_limit("max_chars", max_chars, int), None)
    limits = _Limits(limits.max_chars, _check_limit("time_limit", time_limit, float))
    if processes == 1 and limits.time_limit is None:
        return _serial(items, config, limits.max_chars)
    return _parallel(items, config, processes, window, chunk_chars, limits)


@attrs.frozen
class _Limits:
    """The per-document limits: characters, and seconds (enforced by the parent)."""

    max_chars: int | None
    time_limit: float | None


def _serial(
    items: Iterable[object], config: Config | None, max_chars: int | None
) -> Generator[Record, None, None]:
    attributor = _default_attributor() if config is None else Attributor(config)
    for index, item in enumerate(items):
        yield _run(attributor, _prepare(index, item), max_chars)


def _chunks(
    items: Iterable[object], chunk_chars: int, chunk_docs: int = DEFAULT_CHUNK_DOCS
) -> Iterator[list[_Entry]]:
    """Group prepared entries into chunks of about ``chunk_chars`` characters."""
    chunk: list[_Entry] = []
    size = 0
    for index, item in enumerate(items):
        entry = _prepare(index, item)
        chunk.append(entry)
        if not isinstance(entry, Failure) and isinstance(entry[2], str):
            size += len(entry[2])
        if size >= chunk_chars or len(chunk) >= chunk_docs:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


# Where a worker is, shared with the parent: [position in its task, monotonic
# start time of that document, or 0.0 between documents].
_POSITION, _STARTED = 0, 1
# The parent's message that ends a worker (a task is never empty bytes).
_STOP = b""


def _worker(config: Config | None, connection: Any, progress: Any, max_chars: int | None) -> None:
    """A worker process: one Attributor, then tasks from ``connection`` until it closes.

    A task is ``(number, entries)``; the answer is ``(number, records)``. Before
    each document the worker notes its position and start time in ``progress``,
    so the parent can tell which document a dead or overdue worker was on.
    """
    attributor = _default_attributor() if config is None else Attributor(config)
    # Objects inherited from the parent (a forked copy of its heap) stay out of
    # this process's garbage collections: fewer objects to scan, no pages copied.
    gc.freeze()
    while True:
        try:
            payload = connection.recv_bytes()
        except (EOFError, OSError):  # the parent went away
            return
        if payload == _STOP:
            return
        number, entries = pickle.loads(payload)
        records = []
        for position, entry in enumerate(entries):
            progress[_STARTED] = 0.0
            progress[_POSITION] = position
            progress[_STARTED] = time.monotonic()
            records.append(_run(attributor, entry, max_chars))
        progress[_STARTED] = 0.0
        try:
            data = pickle.dumps((number, records), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # an id or document that does not pickle back
            reason = f"cannot send the result back from the worker: {_describe(error)}"
            failures = [Failure(None, r.index, reason) for r in records]
            data = pickle.dumps((number, failures), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            connection.send_bytes(data)
        except OSError:  # the parent went away
            return


class _Worker:
    """One worker process, its pipe, its progress, and the task it holds."""

    def __init__(self, context: Any, config: Config | None, max_chars: int | None) -> None:
        self.connection, child = context.Pipe()
        self.progress = context.RawArray("d", 2)
        self.process = context.Process(
            target=_worker, args=(config, child, self.progress, max_chars), daemon=True
        )
        self.process.start()
        child.close()
        self.task: tuple[int, list[_Entry]] | None = None

    def started(self) -> tuple[int, float] | None:
        """The position in its task and start time of the document it is on, if any."""
        started = self.progress[_STARTED]
        position = int(self.progress[_POSITION])
        if started == 0.0 or started != self.progress[_STARTED]:
            return None
        return position, started

    def stop(self) -> None:
        """End the process now and release its pipe."""
        if self.process.is_alive():
            self.process.kill()
        self.process.join()
        self.connection.close()


class _Chunk:
    """One chunk in flight: its size and the records collected so far, by index."""

    def __init__(self, size: int) -> None:
        self.size = size
        self.records: dict[int, Record] = {}
        self.deaths = 0

    @property
    def complete(self) -> bool:
        """Every entry of the chunk has its record."""
        return len(self.records) == self.size

    def ordered(self) -> list[Record]:
        """The records in input order."""
        return [self.records[index] for index in sorted(self.records)]


def _entry_index(entry: _Entry) -> int:
    return entry.index if isinstance(entry, Failure) else entry[0]


def _entry_id(entry: _Entry) -> Any:
    return entry.id if isinstance(entry, Failure) else entry[1]


def _parallel(
    items: Iterable[object],
    config: Config | None,
    processes: int,
    window: int,
    chunk_chars: int,
    limits: _Limits,
) -> Generator[Record, None, None]:
    """Attribute in worker processes, each with its own pipe.

    The parent hands a task to an idle worker and waits on the pipes and the
    processes' sentinels together, so it notices at once when a worker answers,
    dies, or runs over the time limit. A worker that dies or is stopped is
    replaced; the document it was on gets a :class:`Failure`, and the rest of
    its task goes back to the front of the queue.
    """
    context = multiprocessing.get_context()
    workers = [_Worker(context, config, limits.max_chars) for _ in range(processes)]
    # Chunks that cannot be pickled (an id that does not pickle) run here instead.
    local: Attributor | None = None
    chunks = _chunks(items, chunk_chars)
    pending: collections.deque[int] = collections.deque()  # chunk numbers in flight, in order
    flight: dict[int, _Chunk] = {}
    todo: collections.deque[tuple[int, list[_Entry]]] = collections.deque()
    sent = 0
    exhausted = False

    def collect(number: int, records: list[Record]) -> None:
        for record in records:
            flight[number].records[record.index] = record

    def give_back(worker: _Worker, overdue: bool = False) -> None:
        """A worker died or is overdue: end it, fail its document, queue the rest, replace it."""
        task, worker.task = worker.task, None
        worker.stop()
        where = worker.started()  # read once the process has stopped: it no longer moves
        workers[workers.index(worker)] = _Worker(context, config, limits.max_chars)
        if task is None:
            return
        number, entries = task
        chunk = flight[number]
        if overdue and limits.time_limit is not None:
            if where is None or time.monotonic() - where[1] <= limits.time_limit:
                todo.appendleft(task)  # it finished that document just before it was stopped
                return
            reason = _time_error(limits.time_limit)
        else:
            reason = _death_error(worker.process.exitcode)
        if where is None:
            # Between documents: none to blame. Try the task again, but not forever.
            chunk.deaths += 1
            if chunk.deaths < 2:
                todo.appendleft(task)
                return
            collect(number, [Failure(_entry_id(e), _entry_index(e), reason) for e in entries])
            return
        position = where[0]
        culprit = entries[position]
        collect(number, [Failure(_entry_id(culprit), _entry_index(culprit), reason)])
        rest = [entry for i, entry in enumerate(entries) if i != position]
        if rest:
            todo.appendleft((number, rest))

    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                flight[sent] = _Chunk(len(chunk))
                pending.append(sent)
                try:
                    pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:
                    if local is None:
                        local = _default_attributor() if config is None else Attributor(config)
                    collect(sent, [_run(local, entry, limits.max_chars) for entry in chunk])
                else:
                    todo.append((sent, chunk))
                sent += 1
            while pending and flight[pending[0]].complete:
                yield from flight.pop(pending.popleft()).ordered()
            if not pending:
                return
            for worker in workers:
                if worker.task is None and todo:
                    task = todo.popleft()
                    worker.task = task
                    try:
                        worker.connection.send_bytes(
                            pickle.dumps(task, protocol=pickle.HIGHEST_PROTOCOL)
                        )
                    except OSError:  # died before it could take the task
                        give_back(worker)
            busy = [worker for worker in workers if worker.task is not None]
            timeout = 1.0
            if limits.time_limit is not None:
                now = time.monotonic()
                for worker in busy:
                    where = worker.started()
                    if where is not None:
                        timeout = min(timeout, where[1] + limits.time_limit - now)
            waitables = [w.connection for w in busy] + [w.process.sentinel for w in workers]
            ready = set(connection_wait(waitables, timeout=max(0.0, timeout)))
            for worker in list(workers):
                if worker.task is not None and worker.connection in ready:
                    try:
                        number, records = pickle.loads(worker.connection.recv_bytes())
                    except (EOFError, OSError):
                        give_back(worker)
                        continue
                    worker.task = None
                    collect(number, records)
                elif worker.process.sentinel in ready:
                    give_back(worker)
            if limits.time_limit is not None:
                now = time.monotonic()
                for worker in list(workers):
                    where = worker.started() if worker.task is not None else None
                    if where is not None and now - where[1] > limits.time_limit:
                        give_back(worker, overdue=True)
    finally:
        # Done: let the workers finish. Stopped early or failed: end them now.
        for worker in workers:
            if not pending:
                with contextlib.suppress(OSError):
                    worker.connection.send_bytes(_STOP)
                worker.process.join(timeout=5)
            worker.stop()
