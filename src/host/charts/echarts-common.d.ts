// ECharts' prebuilt "common" bundle (UMD, bar/line/pie, the usual components and both
// renderers): the command line loads it instead of the full bundle. Its API is the full
// one's; `chartSvg` uses the part it needs (`EChartsModule`).
declare module 'echarts/dist/echarts.common.min.js' {
  const echarts: unknown;
  export = echarts;
}
