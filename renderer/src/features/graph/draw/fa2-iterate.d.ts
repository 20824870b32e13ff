/** One ForceAtlas2 iteration over graphology's flat node and edge matrices (the library ships no types for it). */
declare module 'graphology-layout-forceatlas2/iterate.js' {
  const iterate: (
    options: Record<string, number | boolean>,
    nodes: Float32Array,
    edges: Float32Array,
  ) => object;
  export default iterate;
}
