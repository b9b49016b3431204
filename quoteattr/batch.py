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
import gc
import multiprocessing
import pickle
import queue
from collections.abc import Generator, Iterable, Iterator
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


def _run(attributor: Attributor, entry: _Entry) -> Record:
    """Attribute one prepared entry; any exception becomes a :class:`Failure`."""
    if isinstance(entry, Failure):
        return entry
    index, ident, text = entry
    try:
        return Result(ident, index, attributor(text))  # type: ignore[arg-type]
    except Exception as error:  # never drop a document: report it instead
        return Failure(ident, index, _describe(error))


def _check_positive(name: str, value: object) -> int:
    if type(value) is not int or value < 1:
        raise ValueError(f"attribute_many() expects {name} as an int >= 1, got {value!r}")
    return value


def attribute_many(
    items: Iterable[object],
    *,
    config: Config | None = None,
    processes: int = 1,
    window: int | None = None,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
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
        window: with ``processes > 1``, at most this many chunks are in flight
            (read but not yet yielded); default ``4 * processes``. Memory is
            bounded by ``window * chunk_chars`` characters of text and their
            documents, whatever the input size.
        chunk_chars: with ``processes > 1``, small documents are sent to the
            workers together, up to about this many characters per chunk.

    Yields:
        A :class:`Result` or a :class:`Failure` for every item, in input order.
        A failing item never stops the others. Closing the generator early
        (``records.close()``) stops the workers.

    Raises:
        TypeError: when ``config`` is not a :class:`~quoteattr.Config` or
            ``items`` is not iterable.
        ValueError: when ``processes``, ``window`` or ``chunk_chars`` is not an
            int >= 1.
        RuntimeError: (while iterating) when a worker process dies.

    Example:
        >>> from quoteattr.batch import attribute_many
        >>> texts = [("a", "“Go,” he said."), ("b", 42)]
        >>> for record in attribute_many(texts):
        ...     print(record.id, record.document.quotes[0].text if record.ok else record.error)
        a Go,
        b TypeError: attribute() expects text as str, got int
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
    if processes == 1:
        return _serial(items, config)
    return _parallel(items, config, processes, window, chunk_chars)


def _serial(items: Iterable[object], config: Config | None) -> Generator[Record, None, None]:
    attributor = _default_attributor() if config is None else Attributor(config)
    for index, item in enumerate(items):
        yield _run(attributor, _prepare(index, item))


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


def _worker(config: Config | None, tasks: Any, results: Any) -> None:
    """A worker process: one Attributor, then chunks until the ``None`` sentinel."""
    results.cancel_join_thread()  # when stopped early, exit without flushing unread results
    attributor = _default_attributor() if config is None else Attributor(config)
    # Objects inherited from the parent (a forked copy of its heap) stay out of
    # this process's garbage collections: fewer objects to scan, no pages copied.
    gc.freeze()
    while True:
        task = tasks.get()
        if task is None:
            return
        number, payload = task
        records = [_run(attributor, entry) for entry in pickle.loads(payload)]
        try:
            data = pickle.dumps(records, protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as error:  # an id or document that does not pickle back
            reason = f"cannot send the result back from the worker: {_describe(error)}"
            data = pickle.dumps(
                [Failure(None, r.index, reason) for r in records],
                protocol=pickle.HIGHEST_PROTOCOL,
            )
        results.put((number, data))


def _parallel(
    items: Iterable[object],
    config: Config | None,
    processes: int,
    window: int,
    chunk_chars: int,
) -> Generator[Record, None, None]:
    context = multiprocessing.get_context()
    tasks = context.Queue()
    results = context.Queue()
    workers = [
        context.Process(target=_worker, args=(config, tasks, results), daemon=True)
        for _ in range(processes)
    ]
    for process in workers:
        process.start()
    # Chunks that cannot be pickled (an id that does not pickle) run here instead.
    local: Attributor | None = None
    chunks = _chunks(items, chunk_chars)
    pending: collections.deque[int] = collections.deque()  # chunk numbers in flight, in order
    done: dict[int, list[Record]] = {}
    sent = 0
    exhausted = False
    finished = False
    try:
        while True:
            while not exhausted and len(pending) < window:
                chunk = next(chunks, None)
                if chunk is None:
                    exhausted = True
                    break
                try:
                    payload = pickle.dumps(chunk, protocol=pickle.HIGHEST_PROTOCOL)
                except Exception:
                    if local is None:
                        local = _default_attributor() if config is None else Attributor(config)
                    done[sent] = [_run(local, entry) for entry in chunk]
                else:
                    tasks.put((sent, payload))
                pending.append(sent)
                sent += 1
            if not pending:
                finished = True
                return
            head = pending[0]
            while head not in done:
                try:
                    number, data = results.get(timeout=1.0)
                except queue.Empty:
                    dead = [p for p in workers if not p.is_alive()]
                    if dead:
                        raise RuntimeError(
                            f"a quoteattr worker process died (exit code {dead[0].exitcode})"
                        ) from None
                    continue
                done[number] = pickle.loads(data)
            pending.popleft()
            yield from done.pop(head)
    finally:
        # Done: let the workers finish. Stopped early or failed: stop them now.
        for _ in workers:
            tasks.put(None)
        for process in workers:
            if finished:
                process.join(timeout=5)
            if process.is_alive():
                process.terminate()
            process.join()
        tasks.close()
        results.close()
        tasks.cancel_join_thread()
        results.cancel_join_thread()
