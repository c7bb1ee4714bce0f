"""The structure of the Keras model a snippet leaves in `model`, as plain JSON data.

Recorded right after the snippet is verified and stored with its cache entry, so a
page's diagram is drawn from the model the verified program really built, and a
warm build draws it without importing TensorFlow.
"""

from __future__ import annotations

import sys

from docs_tools import upstream


def describe(namespace: dict) -> dict | None:
    """Layers (calls of layers, for a graph), their output shapes and weights; None if no model."""
    keras = sys.modules.get("keras")
    model = namespace.get("model")
    if keras is None or not isinstance(model, keras.Model):
        return None
    try:
        graph = upstream.functional_graph(model)
        if graph is not None:
            nodes, kind = _graph_nodes(graph), "graph"
        else:
            nodes, kind = _layer_list(model), "layers"
        return {
            "class": type(model).__name__,
            "name": model.name,
            "kind": kind,
            "params": model.count_params() if model.built else None,
            "nodes": nodes,
        }
    except Exception as exc:  # noqa: BLE001 - reported where a page asks for this diagram
        return {"error": f"{type(exc).__name__}: {exc}".splitlines()[0]}


def _graph_nodes(graph) -> list[dict]:
    """Every call of a layer that belongs to the graph, inputs first, in creation order."""
    index, nodes = {}, []
    for operation, number, shapes, sources in upstream.graph_calls(graph):
        first_call = all(n["name"] != operation.name for n in nodes)
        index[(id(operation), number)] = len(nodes)
        nodes.append(
            {
                "name": operation.name,
                "class": type(operation).__name__,
                "shape": _shapes(shapes),
                "params": operation.count_params() if first_call else None,
                "inputs": [index[source] for source in sources],
            }
        )
    return nodes


def _layer_list(model) -> list[dict]:
    """A subclassed model keeps no graph: its layers in creation order, with built shapes."""
    nodes = []
    for layer in model.layers:
        built = upstream.built_shapes(layer)
        nodes.append(
            {
                "name": layer.name,
                "class": type(layer).__name__,
                "shape": _shapes([layer.compute_output_shape(*built)]) if built else None,
                "params": layer.count_params() if layer.built else None,
                "inputs": None,
            }
        )
    return nodes


def _shapes(shapes) -> str:
    return ", ".join(str(tuple(shape)) for shape in shapes)
