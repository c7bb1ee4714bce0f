/*
 * Shape calculator for Keras convolution and pooling layers (global and adaptive included).
 *
 * `compute(settings)` follows Keras 3's own checks and formulas, in Keras' order:
 * the constructor's argument checks, then the input's rank, then the output size.
 * tests/test_shape_calculator.py runs it with node over a grid of settings and
 * compares every answer (shape, parameter count, error) with TensorFlow's.
 * The rest of the file draws the form into each `<div class="shape-calculator">`.
 */
(function () {
  "use strict";

  // kind: "conv", "transpose" (Conv*Transpose), "separable", "depthwise", "pool",
  // "global" (Global*Pooling*, argument keepdims) or "adaptive" (Adaptive*Pooling*, output_size).
  const LAYERS = {
    Conv1D: { rank: 1, kind: "conv", name: "conv1d" },
    Conv2D: { rank: 2, kind: "conv", name: "conv2d" },
    Conv3D: { rank: 3, kind: "conv", name: "conv3d" },
    Conv1DTranspose: { rank: 1, kind: "transpose", name: "conv1d_transpose" },
    Conv2DTranspose: { rank: 2, kind: "transpose", name: "conv2d_transpose" },
    Conv3DTranspose: { rank: 3, kind: "transpose", name: "conv3d_transpose" },
    SeparableConv1D: { rank: 1, kind: "separable", name: "separable_conv1d" },
    SeparableConv2D: { rank: 2, kind: "separable", name: "separable_conv2d" },
    DepthwiseConv1D: { rank: 1, kind: "depthwise", name: "depthwise_conv1d" },
    DepthwiseConv2D: { rank: 2, kind: "depthwise", name: "depthwise_conv2d" },
    MaxPooling1D: { rank: 1, kind: "pool", name: "max_pooling1d" },
    MaxPooling2D: { rank: 2, kind: "pool", name: "max_pooling2d" },
    MaxPooling3D: { rank: 3, kind: "pool", name: "max_pooling3d" },
    AveragePooling1D: { rank: 1, kind: "pool", name: "average_pooling1d" },
    AveragePooling2D: { rank: 2, kind: "pool", name: "average_pooling2d" },
    AveragePooling3D: { rank: 3, kind: "pool", name: "average_pooling3d" },
    GlobalMaxPooling1D: { rank: 1, kind: "global", name: "global_max_pooling1d" },
    GlobalMaxPooling2D: { rank: 2, kind: "global", name: "global_max_pooling2d" },
    GlobalMaxPooling3D: { rank: 3, kind: "global", name: "global_max_pooling3d" },
    GlobalAveragePooling1D: { rank: 1, kind: "global", name: "global_average_pooling1d" },
    GlobalAveragePooling2D: { rank: 2, kind: "global", name: "global_average_pooling2d" },
    GlobalAveragePooling3D: { rank: 3, kind: "global", name: "global_average_pooling3d" },
    AdaptiveMaxPooling1D: { rank: 1, kind: "adaptive", name: "adaptive_max_pooling1d" },
    AdaptiveMaxPooling2D: { rank: 2, kind: "adaptive", name: "adaptive_max_pooling2d" },
    AdaptiveMaxPooling3D: { rank: 3, kind: "adaptive", name: "adaptive_max_pooling3d" },
    AdaptiveAveragePooling1D: { rank: 1, kind: "adaptive", name: "adaptive_average_pooling1d" },
    AdaptiveAveragePooling2D: { rank: 2, kind: "adaptive", name: "adaptive_average_pooling2d" },
    AdaptiveAveragePooling3D: { rank: 3, kind: "adaptive", name: "adaptive_average_pooling3d" },
  };
  const isConvolution = (layer) => !["pool", "global", "adaptive"].includes(LAYERS[layer].kind);
  // Layers with a `filters` argument, and with `depth_multiplier`.
  const hasFilters = (layer) => isConvolution(layer) && LAYERS[layer].kind !== "depthwise";
  const hasMultiplier = (layer) => ["separable", "depthwise"].includes(LAYERS[layer].kind);

  class KerasError extends Error {
    constructor(type, message) {
      super(message);
      this.type = type;
    }
  }

  // Python's repr of an int or a tuple of ints: 3, (3,), (3, 3).
  function pyRepr(value) {
    if (!Array.isArray(value)) return String(value);
    if (value.length === 0) return "()";
    return value.length === 1 ? `(${value[0]},)` : `(${value.join(", ")})`;
  }

  function formatShape(shape) {
    return pyRepr(shape.map((size) => (size === null ? "None" : size)));
  }

  // keras.src.utils.argument_validation.standardize_tuple
  function standardizeTuple(value, n, name, allowZero) {
    const message = `The \`${name}\` argument must be a tuple of ${n} integers. Received ${name}=${pyRepr(value)}`;
    const tuple = Array.isArray(value) ? value : Array(n).fill(value);
    if (tuple.length !== n) throw new KerasError("ValueError", message);
    if (tuple.some((v) => (allowZero ? v < 0 : v <= 0))) {
      // Keras goes on with the offending values as a Python set, whose order is not ours to copy.
      throw new KerasError("ValueError", message);
    }
    return tuple;
  }

  function checkRank(layer, inputShape, expected, exact) {
    const ndim = inputShape.length + 1;
    if (exact ? ndim === expected : ndim >= expected) return;
    const kind = exact ? "ndim" : "min_ndim";
    throw new KerasError(
      "ValueError",
      `Input 0 with name 'None' of layer '${LAYERS[layer].name}' is incompatible with the layer: ` +
        `expected ${kind}=${expected}, found ndim=${ndim}. ` +
        `Full shape received: ${formatShape([null, ...inputShape])}`,
    );
  }

  function positive(name, value) {
    if (value <= 0) {
      throw new KerasError(
        "ValueError",
        `Invalid value for argument \`${name}\`. Expected a strictly positive value. ` +
          `Received ${name}=${value}.`,
      );
    }
  }

  function conv(s) {
    const { rank, kind } = LAYERS[s.layer];
    const kernel = standardizeTuple(s.kernel_size, rank, "kernel_size", false);
    const strides = standardizeTuple(s.strides ?? 1, rank, "strides", false);
    const dilation = standardizeTuple(s.dilation_rate ?? 1, rank, "dilation_rate", false);
    // Only Conv1D accepts "causal".
    const allowed = rank === 1 && kind === "conv" ? ["causal", "same", "valid"] : ["same", "valid"];
    if (!allowed.includes(s.padding)) {
      const set = `{${allowed.map((p) => `'${p}'`).join(", ")}}`;
      throw new KerasError(
        "ValueError",
        `The \`padding\` argument must be a list/tuple or one of ${set}. Received: ${s.padding}`,
      );
    }
    const multiplier = s.depth_multiplier ?? 1;
    if (hasMultiplier(s.layer)) positive("depth_multiplier", multiplier);
    if (hasFilters(s.layer)) positive("filters", s.filters);
    if (
      (kind === "conv" || kind === "transpose") &&
      Math.max(...strides) > 1 &&
      Math.max(...dilation) > 1
    ) {
      throw new KerasError(
        "ValueError",
        "`strides > 1` not supported in conjunction with `dilation_rate > 1`. " +
          `Received: strides=${pyRepr(strides)} and dilation_rate=${pyRepr(dilation)}`,
      );
    }
    const input = s.input_shape;
    checkRank(s.layer, input, rank + 2, false);
    const channels = input[input.length - 1];
    const size = (tuple) => tuple.reduce((a, b) => a * b, 1);
    const spatial = input.slice(0, -1);
    if (kind === "transpose") {
      // Keras reads one kernel size per input axis, so an extra axis runs off the tuple.
      if (input.length > rank + 1) throw new KerasError("IndexError", "tuple index out of range");
      // keras.src.backend.common.backend_utils._get_output_shape_given_tf_padding
      const out = spatial.map((n, i) => {
        const span = (kernel[i] - 1) * dilation[i] + 1;
        return s.padding === "valid" ? (n - 1) * strides[i] + Math.max(span, strides[i]) : n * strides[i];
      });
      const weights = size(kernel) * s.filters * channels + s.filters;
      return { shape: [null, ...out, s.filters], params: weights };
    }
    const outChannels = kind === "depthwise" ? channels * multiplier : s.filters;
    const kernelShape = [...kernel, channels, outChannels];
    const fullInput = formatShape([null, ...input]);
    if (input.length + 1 !== kernelShape.length) {
      throw new KerasError(
        "ValueError",
        "Kernel shape must have the same length as input, but received kernel of shape " +
          `${pyRepr(kernelShape)} and input of shape ${fullInput}.`,
      );
    }
    let out;
    if (s.padding === "valid") {
      out = spatial.map((n, i) =>
        Math.floor((n - dilation[i] * (kernel[i] - 1) - 1) / strides[i]) + 1,
      );
      if (out.some((n) => n <= 0)) {
        throw new KerasError(
          "ValueError",
          "Computed output size would be zero or negative. Received " +
            `\`inputs shape=${fullInput}\`, \`kernel shape=${pyRepr(kernelShape)}\`,`,
        );
      }
    } else {
      out = spatial.map((n, i) => Math.floor((n - 1) / strides[i]) + 1);
    }
    let weights = size(kernel) * channels * s.filters + s.filters;
    if (kind === "separable") {
      weights = size(kernel) * channels * multiplier + channels * multiplier * s.filters + s.filters;
    } else if (kind === "depthwise") {
      weights = size(kernel) * channels * multiplier + channels * multiplier;
    }
    return { shape: [null, ...out, outChannels], params: weights };
  }

  function pool(s) {
    const { rank } = LAYERS[s.layer];
    const size = standardizeTuple(s.kernel_size, rank, "pool_size", false);
    const strideValue = s.strides ?? s.kernel_size; // Keras: strides default to pool_size
    const strides = standardizeTuple(strideValue, rank, "strides", true);
    const input = s.input_shape;
    checkRank(s.layer, input, rank + 2, true);
    const spatial = input.slice(0, -1);
    if (s.padding !== "valid" && s.padding !== "same") {
      throw new KerasError(
        "ValueError",
        `Argument \`padding\` must be either 'valid' or 'same'. Received: padding=${s.padding}`,
      );
    }
    if (strides.includes(0)) throw new KerasError("ZeroDivisionError", "division by zero");
    let out;
    if (s.padding === "valid") {
      out = spatial.map((n, i) => Math.floor((n - size[i]) / strides[i]) + 1);
      if (out.some((n) => n <= 0)) {
        throw new KerasError("ValueError", "Computed output size would be zero or negative.");
      }
    } else {
      out = spatial.map((n, i) => Math.floor((n - 1) / strides[i]) + 1);
    }
    return { shape: [null, ...out, input[input.length - 1]], params: 0 };
  }

  // keras.src.layers.pooling.base_global_pooling: the input's rank is checked, then every
  // spatial axis is reduced (kept as 1 with keepdims).
  function globalPool(s) {
    const { rank } = LAYERS[s.layer];
    const input = s.input_shape;
    checkRank(s.layer, input, rank + 2, true);
    const spatial = s.keepdims ? Array(rank).fill(1) : [];
    return { shape: [null, ...spatial, input[input.length - 1]], params: 0 };
  }

  // keras.src.layers.pooling.adaptive_*_pooling{1,2,3}d and base_adaptive_pooling. The
  // constructor checks output_size's length only; on a symbolic input (a functional model)
  // the output is (batch, *output_size, channels) whatever the input's rank, and only a
  // negative size raises. `unchecked` says what Keras lets through there but a call on
  // real data does not survive: "rank" (the input's rank is not the layer's) or "zero"
  // (an output size of 0: ZeroDivisionError). tests/test_shape_calculator.py checks both.
  function adaptivePool(s) {
    const { rank } = LAYERS[s.layer];
    const value = s.output_size;
    const received = `Received: ${pyRepr(value)}`;
    let size;
    if (!Array.isArray(value)) {
      size = Array(rank).fill(value);
    } else if (rank === 1) {
      if (value.length !== 1) {
        throw new KerasError("ValueError", `For 1D input, \`output_size\` tuple must have length 1. ${received}`);
      }
      size = value;
    } else if (value.length === rank) {
      size = value;
    } else {
      const form = rank === 2 ? "(height, width)" : "(depth, height, width)";
      throw new KerasError(
        "TypeError",
        `\`output_size\` must be an integer or ${form} tuple. ${received} of type <class 'tuple'>`,
      );
    }
    const input = s.input_shape;
    const shape = [null, ...size, input[input.length - 1]];
    if (size.some((n) => n < 0)) {
      throw new KerasError(
        "ValueError",
        `Cannot convert '${formatShape(shape)}' to a shape. Negative dimensions are not allowed.`,
      );
    }
    let unchecked = null;
    if (input.length !== rank + 1) unchecked = "rank";
    else if (size.includes(0)) unchecked = "zero";
    return { shape, params: 0, unchecked };
  }

  const COMPUTE = { pool, global: globalPool, adaptive: adaptivePool };

  /**
   * settings: {layer, input_shape: [sizes without the batch axis], filters, kernel_size,
   * strides, padding, dilation_rate, depth_multiplier, keepdims, output_size}; kernel_size is
   * pool_size for pooling layers; sizes are an int or an array with one int per spatial axis;
   * strides null means the default; keepdims is for global pooling, output_size for adaptive.
   * Returns {ok: true, shape, params} (adaptive layers add `unchecked`, see adaptivePool)
   * or {ok: false, error: {type, message}}.
   */
  function compute(settings) {
    try {
      const found = (COMPUTE[LAYERS[settings.layer].kind] || conv)(settings);
      const answer = { ok: true, shape: found.shape, params: found.params };
      if (found.unchecked) answer.unchecked = found.unchecked;
      return answer;
    } catch (error) {
      if (!(error instanceof KerasError)) throw error;
      return { ok: false, error: { type: error.type, message: error.message } };
    }
  }

  if (typeof module === "object" && module.exports) {
    module.exports = { compute, formatShape, LAYERS };
    return;
  }

  // ---- The page: a form whose every change recomputes the answer. ----

  const TEXT = {
    en: {
      legend: "Shape calculator",
      layer: "Layer",
      input: "Input shape, without the batch axis",
      filters: "filters",
      kernel: "kernel_size",
      pool: "pool_size",
      strides: "strides",
      stridesHint: "empty: as pool_size",
      padding: "padding",
      dilation: "dilation_rate",
      multiplier: "depth_multiplier",
      keepdims: "keepdims",
      keepdimsHint: "checked: the spatial axes stay, each of size 1",
      outputSize: "output_size",
      sizesHint: "for example 3, or 3, 2 for each axis",
      output: "Output shape",
      params: "Parameters",
      raises: "TensorFlow raises",
      note: "Note",
      uncheckedRank:
        "Keras does not check the input's number of axes for this layer: a model builds with " +
        "this shape, but calling the layer on data with this many axes fails or gives another shape.",
      uncheckedZero:
        "Keras accepts an output size of 0 here: a model builds with this shape, but calling " +
        "the layer on data raises ZeroDivisionError.",
      code: "The same layer in Python",
      notNumbers: "Write whole numbers separated by commas, for example 28, 28, 1.",
      inputPositive: "Each axis of the input needs a size of at least 1.",
    },
    ko: {
      legend: "형태 계산기",
      layer: "레이어",
      input: "입력 형태(배치 축 제외)",
      filters: "filters",
      kernel: "kernel_size",
      pool: "pool_size",
      strides: "strides",
      stridesHint: "비우면 pool_size와 같음",
      padding: "padding",
      dilation: "dilation_rate",
      multiplier: "depth_multiplier",
      keepdims: "keepdims",
      keepdimsHint: "선택하면 공간 축이 크기 1로 남음",
      outputSize: "output_size",
      sizesHint: "예: 3, 또는 축마다 3, 2",
      output: "출력 형태",
      params: "파라미터 수",
      raises: "TensorFlow가 내는 오류",
      note: "참고",
      uncheckedRank:
        "Keras는 이 레이어에서 입력의 축 개수를 검사하지 않습니다. 모델은 이 형태로 만들어지지만, " +
        "축 개수가 다른 데이터로 레이어를 호출하면 오류가 나거나 다른 형태가 나옵니다.",
      uncheckedZero:
        "Keras는 여기서 출력 크기 0을 받아들입니다. 모델은 이 형태로 만들어지지만, " +
        "데이터로 레이어를 호출하면 ZeroDivisionError가 납니다.",
      code: "같은 레이어를 파이썬으로",
      notNumbers: "정수를 쉼표로 구분해 적어 주세요. 예: 28, 28, 1",
      inputPositive: "입력의 각 축 크기는 1 이상이어야 합니다.",
    },
  };

  let counter = 0;

  function element(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attributes || {})) node.setAttribute(key, value);
    for (const child of children) node.append(child);
    return node;
  }

  function field(id, label, control, hint) {
    const wrapper = element("div", { class: "shape-calculator__field" });
    wrapper.append(element("label", { for: id }, label), control);
    if (hint) {
      control.setAttribute("aria-describedby", `${id}-hint`);
      wrapper.append(element("small", { id: `${id}-hint` }, hint));
    }
    return wrapper;
  }

  // "3" -> 3, "3, 2" -> [3, 2], "" -> null; anything else -> undefined.
  function parseSizes(text, single) {
    const trimmed = text.trim();
    if (trimmed === "") return null;
    const parts = trimmed.split(",").map((p) => p.trim());
    if (!parts.every((p) => /^-?\d+$/.test(p))) return undefined;
    const numbers = parts.map(Number);
    return single && numbers.length === 1 ? numbers[0] : numbers;
  }

  function pythonCode(s) {
    const { kind } = LAYERS[s.layer];
    const input = `tf.keras.Input(${pyRepr(s.input_shape)})`;
    if (kind === "global") {
      return `tf.keras.layers.${s.layer}(keepdims=${s.keepdims ? "True" : "False"})(${input})`;
    }
    if (kind === "adaptive") {
      return `tf.keras.layers.${s.layer}(output_size=${pyRepr(s.output_size)})(${input})`;
    }
    const isPool = LAYERS[s.layer].kind === "pool";
    const args = isPool ? [`pool_size=${pyRepr(s.kernel_size)}`] : [pyRepr(s.kernel_size)];
    if (hasFilters(s.layer)) args.unshift(String(s.filters));
    if (s.strides !== null) args.push(`strides=${pyRepr(s.strides)}`);
    args.push(`padding="${s.padding}"`);
    if (!isPool) args.push(`dilation_rate=${pyRepr(s.dilation_rate ?? 1)}`);
    if (hasMultiplier(s.layer)) args.push(`depth_multiplier=${s.depth_multiplier}`);
    return `tf.keras.layers.${s.layer}(${args.join(", ")})(${input})`;
  }

  function mount(root) {
    const language = document.documentElement.lang === "ko" ? "ko" : "en";
    const t = TEXT[language];
    const id = `shape-calculator-${++counter}`;
    const start = root.dataset;
    const layer = element("select", { id: `${id}-layer` });
    for (const name of Object.keys(LAYERS)) layer.append(element("option", { value: name }, name));
    layer.value = start.layer || "Conv2D";
    const input = element("input", { id: `${id}-input`, type: "text", value: start.input || "28, 28, 1" });
    const filters = element("input", {
      id: `${id}-filters`,
      type: "number",
      value: start.filters || "32",
    });
    const kernel = element("input", { id: `${id}-kernel`, type: "text", value: start.kernel || "3" });
    const strides = element("input", { id: `${id}-strides`, type: "text", value: start.strides ?? "1" });
    const padding = element("select", { id: `${id}-padding` });
    for (const name of ["valid", "same", "causal"]) padding.append(element("option", { value: name }, name));
    padding.value = start.padding || "valid";
    const dilation = element("input", { id: `${id}-dilation`, type: "text", value: start.dilation || "1" });
    const multiplier = element("input", {
      id: `${id}-multiplier`,
      type: "number",
      value: start.multiplier || "1",
    });
    const keepdims = element("input", { id: `${id}-keepdims`, type: "checkbox" });
    keepdims.checked = start.keepdims === "true";
    const outputSize = element("input", {
      id: `${id}-output-size`,
      type: "text",
      value: start.outputSize || "7",
    });

    const kernelField = field(kernel.id, t.kernel, kernel, t.sizesHint);
    const stridesField = field(strides.id, t.strides, strides, t.sizesHint);
    const filtersField = field(filters.id, t.filters, filters);
    const dilationField = field(dilation.id, t.dilation, dilation, t.sizesHint);
    const multiplierField = field(multiplier.id, t.multiplier, multiplier);
    const paddingField = field(padding.id, t.padding, padding);
    const keepdimsField = field(keepdims.id, t.keepdims, keepdims, t.keepdimsHint);
    const outputSizeField = field(outputSize.id, t.outputSize, outputSize, t.sizesHint);
    const form = element(
      "form",
      { class: "shape-calculator__form" },
      element(
        "fieldset",
        {},
        element("legend", {}, t.legend),
        field(layer.id, t.layer, layer),
        field(input.id, t.input, input),
        filtersField,
        kernelField,
        stridesField,
        paddingField,
        dilationField,
        multiplierField,
        keepdimsField,
        outputSizeField,
      ),
    );
    const result = element("div", {
      class: "shape-calculator__result",
      role: "status",
      "aria-live": "polite",
      id: `${id}-result`,
    });
    form.addEventListener("submit", (event) => event.preventDefault());
    root.replaceChildren(form, result);

    function show(rows, isError) {
      result.classList.toggle("shape-calculator__result--error", Boolean(isError));
      result.replaceChildren(
        ...rows.map(([label, value, name, prose]) =>
          element(
            "p",
            { "data-result": name },
            element("strong", {}, `${label}: `),
            prose ? value : element("code", {}, value),
          ),
        ),
      );
    }

    function update() {
      const { kind } = LAYERS[layer.value];
      const isConv = isConvolution(layer.value);
      // Global and adaptive pooling have no window: no pool_size, strides or padding.
      const hasWindow = kind !== "global" && kind !== "adaptive";
      kernelField.hidden = !hasWindow;
      stridesField.hidden = !hasWindow;
      paddingField.hidden = !hasWindow;
      keepdimsField.hidden = kind !== "global";
      outputSizeField.hidden = kind !== "adaptive";
      dilationField.hidden = !isConv;
      filtersField.hidden = !hasFilters(layer.value);
      multiplierField.hidden = !hasMultiplier(layer.value);
      kernelField.querySelector("label").textContent = isConv ? t.kernel : t.pool;
      stridesField.querySelector("small").textContent = isConv ? t.sizesHint : `${t.sizesHint}; ${t.stridesHint}`;
      const sizes = {
        input_shape: parseSizes(input.value, false),
        kernel_size: hasWindow ? parseSizes(kernel.value, true) : 1,
        strides: hasWindow ? parseSizes(strides.value, true) : null,
        output_size: kind === "adaptive" ? parseSizes(outputSize.value, true) : 1,
        dilation_rate: isConv ? parseSizes(dilation.value, true) : 1,
        filters: hasFilters(layer.value) ? parseSizes(filters.value, true) : 1,
        depth_multiplier: hasMultiplier(layer.value) ? parseSizes(multiplier.value, true) : 1,
      };
      const controls = {
        input_shape: input,
        kernel_size: kernel,
        strides,
        dilation_rate: dilation,
        filters,
        depth_multiplier: multiplier,
        output_size: outputSize,
      };
      let problem = null;
      for (const [name, value] of Object.entries(sizes)) {
        const bad = value === undefined || (value === null && name !== "strides") || (["filters", "depth_multiplier"].includes(name) && Array.isArray(value));
        controls[name].setAttribute("aria-invalid", String(bad));
        if (bad && !problem) problem = t.notNumbers;
      }
      if (!problem && sizes.input_shape.some((n) => n < 1)) {
        input.setAttribute("aria-invalid", "true");
        problem = t.inputPositive;
      }
      if (problem) {
        show([[t.raises, problem, "problem"]], true);
        return;
      }
      const settings = { layer: layer.value, padding: padding.value, keepdims: keepdims.checked, ...sizes };
      if (isConv && settings.strides === null) settings.strides = 1;
      const answer = compute(settings);
      const code = [t.code, pythonCode(settings), "code"];
      if (answer.ok) {
        const rows = [[t.output, formatShape(answer.shape), "shape"], [t.params, String(answer.params), "params"]];
        if (answer.unchecked === "rank") rows.push([t.note, t.uncheckedRank, "note", true]);
        if (answer.unchecked === "zero") rows.push([t.note, t.uncheckedZero, "note", true]);
        show([...rows, code]);
      } else {
        show([[t.raises, `${answer.error.type}: ${answer.error.message}`, "error"], code], true);
      }
    }

    form.addEventListener("input", update);
    form.addEventListener("change", update);
    update();
  }

  function mountAll() {
    document.querySelectorAll(".shape-calculator").forEach(mount);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
