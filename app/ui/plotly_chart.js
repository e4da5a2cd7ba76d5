// A Plotly figure drawn with plotly.js's cartesian bundle (bar, scatter, heatmap: every trace this app draws), not
// Streamlit's own chart element: that one loads the full plotly.js (4.7 MB), whose start-up alone was a 1.2-1.5 s
// task in every new tab. The bundle (1.5 MB) is served by Streamlit's static serving and loaded once per tab.
// data: {figure: {data, layout}, config, library, selectable}; a click on a point of a selectable chart sends
// {points: [{customdata, ...}]} to Python as the trigger value "select".

function plotly(url) {
  if (!window.__trackerPlotly) {
    window.__trackerPlotly = new Promise((resolve, reject) => {
      if (window.Plotly) return resolve(window.Plotly);
      const script = document.createElement("script");
      script.src = url;
      script.onload = () => resolve(window.Plotly);
      script.onerror = () => { window.__trackerPlotly = null; reject(new Error(`could not load ${url}`)); };
      document.head.appendChild(script);
    });
  }
  return window.__trackerPlotly;
}

// a CSS colour (a theme variable) as rgb()/rgba() that plotly.js can read
function cssColour(element, value, fallback) {
  const probe = document.createElement("span");
  probe.style.display = "none";
  probe.style.color = value || fallback;
  element.appendChild(probe);
  const colour = getComputedStyle(probe).color;
  probe.remove();
  return colour || fallback;
}

function withAlpha(rgb, alpha) {
  const parts = rgb.match(/[\d.]+/g) || [0, 0, 0];
  return `rgba(${parts[0]}, ${parts[1]}, ${parts[2]}, ${alpha})`;
}

function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

// `defaults` filled in where the figure says nothing (the figure's own settings win), as Streamlit's chart theme does
function withDefaults(target, defaults) {
  const out = {...target};
  for (const [key, value] of Object.entries(defaults)) {
    if (out[key] === undefined || out[key] === null) out[key] = value;
    else if (isObject(out[key]) && isObject(value)) out[key] = withDefaults(out[key], value);
  }
  return out;
}

// the page's theme (Streamlit's --st-* colours) for the parts of a figure that do not set their own
function themed(layout, element) {
  const style = getComputedStyle(element);
  const text = cssColour(element, style.getPropertyValue("--st-text-color").trim(), style.color);
  const background = cssColour(element, style.getPropertyValue("--st-background-color").trim(), "#ffffff");
  const grid = withAlpha(text, 0.15);
  const axis = {gridcolor: grid, zerolinecolor: withAlpha(text, 0.3), linecolor: grid, tickcolor: grid,
                title: {font: {color: text}}, tickfont: {color: text}, automargin: true};
  return withDefaults(layout, {
    font: {family: style.fontFamily, color: text}, paper_bgcolor: "rgba(0,0,0,0)", plot_bgcolor: "rgba(0,0,0,0)",
    xaxis: {...axis, showgrid: false}, yaxis: {...axis, ticklabelposition: "outside"},
    legend: {bgcolor: "rgba(0,0,0,0)", font: {color: text}},
    hoverlabel: {bgcolor: background, bordercolor: grid, font: {color: text, family: style.fontFamily}},
    coloraxis: {colorbar: {tickfont: {color: text}, outlinewidth: 0}},
  });
}

export default function (component) {
  const { data, parentElement, setTriggerValue } = component;
  // the chart element (data-testid "chart") holds the plot's own div, as Streamlit's chart element does
  let holder = parentElement.querySelector(":scope > [data-testid='chart']");
  if (!holder) {
    holder = document.createElement("div");
    holder.setAttribute("data-testid", "chart");
    holder.appendChild(document.createElement("div"));
    parentElement.appendChild(holder);
  }
  const plot = holder.firstElementChild;
  const figure = data.figure;
  const layout = {...themed(figure.layout, holder), autosize: true};
  plot.style.height = `${layout.height || 450}px`;
  let resize = null;
  let closed = false;  // this call's data was replaced (or the element removed) before plotly.js had loaded
  plotly(data.library).then(async (Plotly) => {
    if (closed) return;
    await Plotly.react(plot, figure.data, layout, {...data.config, responsive: false});
    holder.removeAttribute("data-error");
    if (data.selectable && !plot.__trackerClick) {
      plot.__trackerClick = true;
      plot.on("plotly_click", (event) => {
        const points = (event.points || []).map((p) => ({
          curve_number: p.curveNumber, point_index: p.pointIndex, x: p.x, y: p.y, customdata: p.customdata}));
        setTriggerValue("select", {points});
      });
    }
    // redrawn only when the element's width changes: a ResizeObserver reports once as soon as it observes, and
    // that report (same size) made Plots.resize relayout and draw every chart a second time (issue 23's trace)
    let width = holder.clientWidth;
    resize = new ResizeObserver(() => {
      if (holder.clientWidth === width) return;
      width = holder.clientWidth;
      Plotly.Plots.resize(plot);
    });
    resize.observe(holder);
  }).catch((error) => {
    holder.setAttribute("data-error", String(error));
    plot.textContent = `This chart could not be drawn (${error.message}); its numbers are in the table below it.`;
  });
  return () => { closed = true; if (resize) resize.disconnect(); };
}
