import type Graph from 'graphology';
import { useEffect, useRef } from 'react';
import Sigma from 'sigma';
import type { GraphNodeKind } from '../../../../core/model/links.js';
import { startLayout } from './layout.js';
import type { NodeAttributes } from './model.js';

/** Lets the view centre the camera on one node. */
export interface GraphCamera {
  focus(node: string): void;
}

/**
 * Draws a graph with sigma (WebGL) while ForceAtlas2 lays it out in a
 * worker. Clicking a node calls `onOpen`. `onReady` hands over the camera,
 * or null with the reason when the graph cannot be drawn (no WebGL).
 */
export function GraphCanvas(props: {
  graph: Graph<NodeAttributes>;
  label: string;
  onOpen: (id: string, kind: GraphNodeKind) => void;
  onReady: (camera: GraphCamera | null, failure?: string) => void;
  onSettled: () => void;
}) {
  const container = useRef<HTMLDivElement>(null);
  const { graph, onOpen, onReady, onSettled } = props;

  useEffect(() => {
    if (!container.current) return;
    let sigma: Sigma<NodeAttributes>;
    try {
      sigma = new Sigma<NodeAttributes>(graph, container.current, {
        settings: {
          hideEdgesOnMove: graph.size > 5_000,
          hideLabelsOnMove: graph.order > 5_000,
          labelRenderedSizeThreshold: graph.order > 2_000 ? 10 : 6,
          antialiasEdges: graph.size < 5_000,
        },
      });
    } catch (error) {
      onReady(null, error instanceof Error ? error.message : String(error));
      return;
    }
    sigma.on('clickNode', ({ node }) => onOpen(node, graph.getNodeAttribute(node, 'kind')));
    let focused: { node: string; size: number } | null = null;
    onReady({
      focus(node) {
        if (!graph.hasNode(node)) return;
        if (focused && graph.hasNode(focused.node))
          graph.setNodeAttribute(focused.node, 'size', focused.size);
        focused = { node, size: graph.getNodeAttribute(node, 'size') };
        graph.setNodeAttribute(node, 'size', Math.max(focused.size, 12));
        const display = sigma.getNodeDisplayData(node);
        if (display)
          void sigma.getCamera().animate({ x: display.x, y: display.y, ratio: 0.25 }, { duration: 250 });
      },
    });
    const stopLayout = startLayout(graph, onSettled);
    return () => {
      stopLayout();
      sigma.kill();
    };
  }, [graph, onOpen, onReady, onSettled]);

  return <div ref={container} className="graph-canvas" role="img" aria-label={props.label} />;
}
