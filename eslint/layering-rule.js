import path from 'node:path';
import { layerOf, mayImportLayer } from './layers.js';

/**
 * ESLint rule enforcing the import layering of the design: every import,
 * re-export and dynamic import is checked against eslint/layers.js.
 */
export const layeringRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports may only point down the layer table of the design' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: {
      layer: "'{{spec}}' crosses the layers: {{why}}.",
      package: "'{{spec}}' is not allowed here: {{why}}.",
    },
  },
  create(context) {
    const root = context.options[0]?.root ?? context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const from = layerOf(file);
    if (from === null) return {};
    // Tests sit beside the code they test and may use test tools and Node,
    // but they may not reach into a layer their code could not.
    const isTest = /\.test\.[jt]sx?$/.test(file);

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.') || spec.startsWith('/')) {
        const target = path
          .relative(root, path.resolve(path.dirname(context.filename), spec))
          .split(path.sep)
          .join('/');
        const to = layerOf(target) ?? layerOf(`${target}/`);
        if (!mayImportLayer(from, to))
          context.report({ node, messageId: 'layer', data: { spec, why: from.why } });
      } else if (!isTest && !from.packages(spec)) {
        context.report({ node, messageId: 'package', data: { spec, why: from.why } });
      }
    }

    return {
      ImportDeclaration: (node) => check(node.source, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node.source, node.source.value),
      ExportAllDeclaration: (node) => check(node.source, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node.source, node.source.value),
    };
  },
};

/** The local plugin that carries the rule. */
export const layeringPlugin = { rules: { imports: layeringRule } };
