"""Run one snippet in a shared process as if it were the process's first.

In:  a snippet's path and a function that executes it.
Out: the function's result; every process-wide setting the snippet may have changed
     is put back, and what cannot be put back is returned as a list of problems.

Many snippets share one process because importing TensorFlow costs seconds. A snippet
that changes a process-wide setting must then neither break the next snippet (which
would be blamed) nor let the next one pass only because of it (a reader running that
one alone would see something else). What is done with each kind of state, and why:

Restored before the next snippet runs (a snippet may change these on purpose, to teach
them, e.g. `keras.config.set_floatx("float64")`, so changing them is not an error):
- Keras: floatx, epsilon, image_data_format, interactive logging, traceback filtering,
  flash attention, max_epochs / max_steps_per_epoch, the registered custom objects, and
  Keras' global state (names, dtype policy, safe mode, seed generator) by clear_session.
- TensorFlow: run_functions_eagerly, op determinism, soft and logged device placement,
  XLA jit, the grappler options, TensorFloat-32, and the global random seed (reset to
  unset, as in a fresh process).
- Python: the working directory, os.environ, sys.path, sys.modules entries that were
  replaced, modules the snippet's folder provides, sys.stdout/stderr/stdin and hooks,
  builtins, the recursion limit, warning filters (warnings.catch_warnings), logging
  levels and handlers, signal handlers and a pending alarm, `tempfile.tempdir`; the
  `random` and NumPy global generators are reseeded from the OS, as a fresh process's are.
- NumPy print options and error handling; matplotlib's rcParams and open figures.

Reported against the snippet (they cannot be undone from outside, and a snippet has no
reason to leave them behind): Python threads it started that are still running.

Not visible here (no public way to read them back): e.g. `tf.data` debug mode, NumPy
behaviour of tensors, device or thread settings that must precede TensorFlow's first
operation. A snippet that fails after others in the same process is re-run alone by
the runner (docs_tools.verify.runner); if it passes alone, the runner finds the earlier
snippet after which it fails and reports the leak against that one, never the innocent file.

Files: the snippet runs from a copy of its folder in a new temporary folder, which is
also its working directory and TMPDIR, so whatever it writes (relative to the working
directory, to `__file__`'s folder, or to tempfile) lands there and is removed after.
"""

from __future__ import annotations

import builtins
import contextlib
import logging
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path


class SnippetExit(BaseException):
    """A snippet called `os._exit`, which would end the verifying process silently."""

    def __init__(self, status):
        super().__init__(status)
        self.status = status


@contextlib.contextmanager
def exit_guard() -> Iterator[None]:
    """Turn `os._exit` in this process into an exception that names the snippet's line.

    Child processes a snippet forks (multiprocessing) still exit as they should.
    """
    real, pid = os._exit, os.getpid()

    def guarded(status):
        if os.getpid() != pid:
            real(status)
        raise SnippetExit(status)

    os._exit = guarded
    try:
        yield
    finally:
        os._exit = real


@contextlib.contextmanager
def working_copy(path: Path) -> Iterator[Path]:
    """The snippet's folder copied into a new temporary folder, which is the working dir."""
    with tempfile.TemporaryDirectory(prefix="snippet-") as scratch:
        folder = Path(scratch) / path.parent.name
        shutil.copytree(path.parent, folder, ignore=shutil.ignore_patterns("__pycache__"))
        yield folder / path.name


def _settings() -> list[tuple[str, Callable[[], object], Callable[[object], None]]]:
    """(name, read, write) for each setting restored after a snippet, where importable."""
    found = [
        ("working directory", os.getcwd, os.chdir),
        ("os.environ", lambda: dict(os.environ), _set_environ),
        ("sys.path", lambda: list(sys.path), lambda v: sys.path.__setitem__(slice(None), v)),
        ("sys streams and hooks", _streams, _set_streams),
        ("builtins", lambda: dict(vars(builtins)), _set_builtins),
        ("recursion limit", sys.getrecursionlimit, sys.setrecursionlimit),
        ("logging", _logging, _set_logging),
        ("signal handlers", _signals, _set_signals),
        ("tempfile.tempdir", lambda: tempfile.tempdir, lambda v: setattr(tempfile, "tempdir", v)),
    ]
    if "numpy" in sys.modules:
        import numpy as np

        found += [
            ("NumPy print options", np.get_printoptions, lambda v: np.set_printoptions(**v)),
            ("NumPy error handling", np.geterr, lambda v: np.seterr(**v)),
        ]
    if "keras" in sys.modules:
        found += _keras_settings()
    if "tensorflow" in sys.modules:
        found += _tensorflow_settings()
    return found


def _keras_settings():
    """Keras' process-wide settings, those this Keras has: the release matrix runs the
    verifier on Keras from 3.4 (TensorFlow 2.16), which lacks some (max_epochs came later)."""
    import keras

    config, custom = keras.config, keras.saving.get_custom_objects()
    pairs = [("registered custom objects", lambda: dict(custom), lambda v: _set_dict(custom, v))]
    for name in ("floatx", "epsilon", "image_data_format", "max_epochs", "max_steps_per_epoch"):
        if hasattr(config, name):
            label = f"keras.config {name}"
            pairs.append((label, getattr(config, name), getattr(config, f"set_{name}")))
    switches = {
        "interactive logging": "interactive_logging",
        "traceback filtering": "traceback_filtering",
        "flash attention": "flash_attention",
    }
    for label, name in switches.items():
        if hasattr(config, f"is_{name}_enabled"):
            read = getattr(config, f"is_{name}_enabled")
            on, off = getattr(config, f"enable_{name}"), getattr(config, f"disable_{name}")
            pairs.append((f"Keras {label}", read, lambda v, on=on, off=off: on() if v else off()))
    return pairs


def _tensorflow_settings():
    import tensorflow as tf
    from tensorflow.python.eager import context
    from tensorflow.python.framework import config

    def set_determinism(on):
        config.enable_op_determinism() if on else config.disable_op_determinism()

    def set_options(options):
        tf.config.optimizer.set_experimental_options(options)

    return [
        ("tf.config run_functions_eagerly", tf.config.functions_run_eagerly,
         tf.config.run_functions_eagerly),
        ("tf op determinism", config.is_op_determinism_enabled, set_determinism),
        ("tf soft device placement", tf.config.get_soft_device_placement,
         tf.config.set_soft_device_placement),
        ("tf log device placement", lambda: context.context().log_device_placement,
         tf.debugging.set_log_device_placement),
        ("tf XLA jit", tf.config.optimizer.get_jit, tf.config.optimizer.set_jit),
        ("tf grappler options", tf.config.optimizer.get_experimental_options, set_options),
        ("tf TensorFloat-32", tf.config.experimental.tensor_float_32_execution_enabled,
         tf.config.experimental.enable_tensor_float_32_execution),
    ]  # fmt: skip


def _set_dict(target: dict, value: dict) -> None:
    target.clear()
    target.update(value)


def _set_environ(value: dict) -> None:
    for name in set(os.environ) - set(value):
        del os.environ[name]
    for name, text in value.items():
        if os.environ.get(name) != text:
            os.environ[name] = text


STREAMS = ("stdin", "stdout", "stderr", "displayhook", "excepthook", "breakpointhook")


def _streams():
    return {name: getattr(sys, name) for name in STREAMS}


def _set_streams(value):
    for name, stream in value.items():
        setattr(sys, name, stream)


def _set_builtins(value: dict) -> None:
    names = vars(builtins)
    for name in set(names) - set(value):
        del names[name]
    names.update(value)


def _loggers():
    known = logging.root.manager.loggerDict.values()
    return [logging.root, *(v for v in known if isinstance(v, logging.Logger))]


def _logging():
    state = {id(lg): (lg, lg.level, list(lg.handlers), lg.propagate, lg.disabled)
             for lg in _loggers()}  # fmt: skip
    return state, logging.root.manager.disable


def _set_logging(value) -> None:
    state, disabled = value
    for logger, level, handlers, propagate, off in state.values():
        logger.setLevel(level)
        logger.handlers[:] = handlers
        logger.propagate, logger.disabled = propagate, off
    logging.disable(disabled)


SIGNALS = [
    getattr(signal, name)
    for name in ("SIGINT", "SIGTERM", "SIGALRM", "SIGHUP", "SIGUSR2", "SIGCHLD", "SIGPIPE")
]


def _signals():
    return {number: signal.getsignal(number) for number in SIGNALS}


def _set_signals(value) -> None:
    signal.setitimer(signal.ITIMER_REAL, 0)  # an alarm set by the snippet must not fire later
    for number, handler in value.items():
        if handler is not None and signal.getsignal(number) is not handler:
            signal.signal(number, handler)


def _reseed() -> None:
    """Random generators as a fresh process has them: seeded from the OS, no global seed."""
    random.seed()
    if "numpy" in sys.modules:
        sys.modules["numpy"].random.seed()
    if "tensorflow" in sys.modules:
        sys.modules["tensorflow"].random.set_seed(None)


def _close_figures() -> None:
    if "matplotlib.pyplot" in sys.modules:
        sys.modules["matplotlib.pyplot"].close("all")


def _rc_params():
    if "matplotlib" not in sys.modules:
        return None
    import matplotlib

    return {k: v for k, v in matplotlib.rcParams.items() if k != "backend"}


def _restore_rc_params(saved) -> None:
    if "matplotlib" not in sys.modules:
        return
    import matplotlib

    # Imported by the snippet itself: back to what a fresh import reads.
    if saved is None:
        saved = {k: v for k, v in matplotlib.rcParamsOrig.items() if k != "backend"}
    dict.update(matplotlib.rcParams, saved)  # as matplotlib.rc_context restores them


# "0": do not import Keras ahead of the snippets. Only for the runner's own tests, whose
# small snippets never import it (tests/test_runner.py): each verifying process then
# starts in a fraction of a second instead of importing TensorFlow.
PRELOAD = "DOCS_VERIFY_PRELOAD"


def prepare() -> None:
    """Import Keras (and TensorFlow) once, so its settings are read before any snippet
    and restored after each; the first snippet must not keep what it changed."""
    if os.environ.get(PRELOAD) == "0":
        return
    with contextlib.suppress(ImportError):
        import keras  # noqa: F401


def run(path: Path, execute: Callable[[Path], object]) -> tuple[object, list[str]]:
    """Call `execute(copy of path)` with the snippet's side effects undone afterwards.

    Returns what `execute` returned (or raises what it raised) and the problems left:
    settings that could not be restored and threads still running.
    """
    prepare()
    saved = [(name, read(), write) for name, read, write in _settings()]
    modules, rc_params = dict(sys.modules), _rc_params()
    threads = set(threading.enumerate())
    problems: list[str] = []
    _reseed()
    if "keras" in sys.modules:
        # Auto-generated names (dense_1) and Keras' global state (dtype policy, seed
        # generator) as a fresh process has them; free_memory=False skips a gc.collect.
        sys.modules["keras"].backend.clear_session(free_memory=False)
    with working_copy(path) as copy, exit_guard(), warnings.catch_warnings():
        os.environ["TMPDIR"] = tempfile.tempdir = str(copy.parent.parent)
        os.chdir(copy.parent)
        try:
            return execute(copy), problems
        finally:
            _forget(modules, copy.parent)
            _close_figures()
            _restore_rc_params(rc_params)
            for name, value, write in reversed(saved):
                try:
                    write(value)
                except Exception as exc:  # noqa: BLE001 - reported against the snippet
                    problems.append(f"could not restore {name}: {exc}")
            left = [t.name for t in set(threading.enumerate()) - threads if t.is_alive()]
            if left:
                problems.append(f"left Python threads running: {', '.join(sorted(left))}")


def _forget(modules: dict, folder: Path) -> None:
    """Put back replaced sys.modules entries; drop modules the snippet's folder provided."""
    for name, module in list(sys.modules.items()):
        if name not in modules:
            file = getattr(module, "__file__", None)
            if file and Path(file).parent == folder:
                del sys.modules[name]
        elif modules[name] is not module:
            sys.modules[name] = modules[name]
    for name, module in modules.items():
        sys.modules.setdefault(name, module)
