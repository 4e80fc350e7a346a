"""The demo's money simulation in a process of its own.

The simulation is Python through and through, and so is most of writing its
rows; in one process they share one core however many the PC has (the GIL).
So the simulation runs in a child process and sends its batches through a
pipe, while this process hashes and writes them into the load's transaction:
on two cores, drawing the next batch overlaps writing the last. A small demo (the
tests' clubs) runs in this process, where starting a child would cost more
than it saves.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from multiprocessing import get_context
from multiprocessing.connection import Connection
from typing import Any, TypeVar

from clubcrm.services.demo_ledger import Batch

T = TypeVar("T")
R = TypeVar("R")
Put = Callable[[Batch], None]
Produce = Callable[[T, Put], R]
IN_PROCESS_BELOW = 50_000  # ledger rows
STOP_WAIT_S = 10


def run_producer(produce: Produce[T, R], argument: T, *, rows: int, put: Put) -> R:
    """`produce(argument, put)`: its batches go to `put` in this process as they
    come; its result. `produce` and `argument` must pickle when `rows` is large."""
    if rows < IN_PROCESS_BELOW:
        return produce(argument, put)
    return _in_child(produce, argument, put)


def _in_child(produce: Produce[T, R], argument: T, put: Put) -> R:
    context = get_context("spawn")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child_main, args=(sender, produce, argument),
                            name="clubcrm-demo-simulation", daemon=True)
    child.start()
    sender.close()  # the child holds the only sending end: its exit ends the pipe
    try:
        while True:
            try:
                kind, payload = receiver.recv()
            except EOFError:
                raise RuntimeError("the demo's simulation process stopped unexpectedly") \
                    from None
            if kind == "batch":
                put(payload)
            elif kind == "done":
                return payload
            else:
                raise payload
    finally:
        receiver.close()
        child.join(STOP_WAIT_S)
        if child.is_alive():  # this side failed while the child still sends
            child.terminate()
            child.join()


def _child_main(sender: Connection, produce: Produce[Any, Any], argument: Any) -> None:
    gc.disable()  # millions of small objects, no cycles (as the loading process does)
    try:
        result = produce(argument, lambda batch: sender.send(("batch", batch)))
        sender.send(("done", result))
    except BaseException as exc:  # noqa: BLE001 - re-raised in the loading process
        sender.send(("error", exc))
    finally:
        sender.close()
