"""One small decorator: a query function's result cached per build and arguments, inside a Streamlit run.

    @cached
    def headline(wh: Warehouse, f: Filters) -> pd.DataFrame: ...

A page calls `queries.headline(wh, f)` like any function (go-to-definition and type checks work). Inside a
Streamlit script run the result comes from `st.cache_data`, keyed on the function, the warehouse's build id and
the other arguments (the Filters value included), so a rebuild shows up at once and every session shares the
work. Anywhere else (the ETL's report command, tests, benchmarks) it is a plain call, and Streamlit is never
imported for it.
"""
from __future__ import annotations

import dataclasses
import functools
import sys
from typing import Callable, ParamSpec, TypeVar

P = ParamSpec("P")
R = TypeVar("R")

_FUNCTIONS: dict[str, Callable] = {}


def cached(function: Callable[P, R]) -> Callable[P, R]:
    name = f"{function.__module__}.{function.__qualname__}"
    _FUNCTIONS[name] = function

    @functools.wraps(function)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        if not _in_streamlit_run():
            return function(*args, **kwargs)
        wh, rest = args[0], args[1:]
        key = (freeze(rest), freeze(sorted(kwargs.items())))
        return _cached_call(name, wh.build_id, key, wh, rest, kwargs)

    wrapper.uncached = function  # type: ignore[attr-defined]
    return wrapper


def freeze(value):
    """A hashable, comparable stand-in for an argument: lists as tuples, a Filters value as its fields."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (type(value).__name__, freeze(dataclasses.astuple(value)))
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    if isinstance(value, dict):
        return tuple((k, freeze(v)) for k, v in sorted(value.items()))
    return value


def _in_streamlit_run() -> bool:
    if "streamlit" not in sys.modules:  # never import Streamlit for a plain call
        return False
    from streamlit.runtime.scriptrunner import get_script_run_ctx

    return get_script_run_ctx(suppress_warning=True) is not None


@functools.cache
def _store():
    import streamlit as st

    @st.cache_data(max_entries=1024, show_spinner=False)
    def call(name: str, build_id: str, key: tuple, _wh, _args: tuple, _kwargs: dict):
        return _FUNCTIONS[name](_wh, *_args, **_kwargs)

    return call


def _cached_call(name: str, build_id: str, key: tuple, wh, args: tuple, kwargs: dict):
    return _store()(name, build_id, key, wh, args, kwargs)
