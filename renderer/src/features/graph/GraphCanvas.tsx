import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { GraphNodeKind } from '../../../../core/model/links.js';
import { attachPointer } from './draw/pointer.js';
import type { SceneCommand } from './draw/protocol.js';
import { createSurface, type GraphSurface } from './draw/surface.js';
import { readTheme } from './draw/theme.js';
import type { NodeColors, PackedGraph } from './model.js';
import { GRAPH_DRAW_MEASURE } from './store.js';

/** Lets the view centre the camera on one node. */
export interface GraphCamera {
  focus(node: string): void;
}

const KEY_PAN = 60;
const BUTTON_ZOOM = 1.5;

/**
 * Draws a graph on a canvas whose drawing and force layout run in a worker
 * (OffscreenCanvas), or on the page where the browser has none. Drag pans,
 * the wheel zooms around the pointer, arrows / + / − / 0 work from the
 * keyboard. Clicking a node calls `onOpen`. `onReady` hands over the camera,
 * or null with the reason when the graph cannot be drawn.
 */
export function GraphCanvas(props: {
  graph: PackedGraph;
  colors: NodeColors;
  label: string;
  onOpen: (id: string, kind: GraphNodeKind) => void;
  onReady: (camera: GraphCamera | null, failure?: string) => void;
  onSettled: () => void;
}) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const surface = useRef<GraphSurface | null>(null);
  const { graph, colors, onOpen, onReady, onSettled } = props;
  const colorsRef = useRef(colors);

  // Before the drawing effect, so a new drawing starts in the current colours.
  useEffect(() => {
    colorsRef.current = colors;
    surface.current?.send({ type: 'colors', palette: colors.palette, colorIndex: colors.colorIndex.slice() });
  }, [colors]);

  useEffect(() => {
    const host = container.current;
    if (!host) return;
    // A canvas can be handed to a worker once: each drawing gets a fresh one.
    const canvas = document.createElement('canvas');
    canvas.setAttribute('aria-hidden', 'true');
    host.prepend(canvas);
    let drawing: GraphSurface;
    try {
      drawing = createSurface(canvas, (event) => {
        if (event.type === 'frame') {
          if (event.first) performance.mark('graph:first-frame');
          performance.measure(GRAPH_DRAW_MEASURE, {
            start: performance.now() - event.ms,
            duration: event.ms,
            detail: { interval: event.interval, snapshot: event.snapshot },
          });
        } else if (event.type === 'settled') {
          performance.mark('graph:settled');
          onSettled();
        } else if (event.type === 'hover') {
          host.style.cursor = event.index >= 0 ? 'pointer' : '';
          host.title = event.index >= 0 ? graph.labels[event.index]! : '';
        } else if (event.type === 'error') onReady(null, event.message);
      });
    } catch (error) {
      canvas.remove();
      onReady(null, error instanceof Error ? error.message : String(error));
      return;
    }
    surface.current = drawing;
    const send = (command: SceneCommand) => drawing.send(command);
    const resize = () => {
      const box = host.getBoundingClientRect();
      send({ type: 'resize', width: box.width, height: box.height, ratio: devicePixelRatio || 1 });
    };
    resize();
    send({ type: 'theme', theme: readTheme(host) });
    send({
      type: 'graph',
      graph: {
        order: graph.ids.length,
        labels: graph.labels,
        sizes: graph.sizes.slice(),
        positions: graph.positions.slice(),
        edges: graph.edges.slice(),
        edgeKinds: graph.edgeKinds.slice(),
        palette: colorsRef.current.palette,
        colorIndex: colorsRef.current.colorIndex.slice(),
      },
    });
    const observer = new ResizeObserver(resize);
    observer.observe(host);
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    const retheme = () => send({ type: 'theme', theme: readTheme(host) });
    scheme.addEventListener('change', retheme);

    const index = new Map(graph.ids.map((id, i) => [id, i]));
    onReady({
      focus(node) {
        const i = index.get(node);
        if (i !== undefined) send({ type: 'focus', index: i });
      },
    });

    const detach = attachPointer(host, drawing, (i) => onOpen(graph.ids[i]!, graph.kinds[i]!));
    return () => {
      detach();
      observer.disconnect();
      scheme.removeEventListener('change', retheme);
      surface.current = null;
      drawing.destroy();
      canvas.remove();
    };
  }, [graph, onOpen, onReady, onSettled]);

  const centre = () => {
    const box = container.current?.getBoundingClientRect();
    return { x: (box?.width ?? 0) / 2, y: (box?.height ?? 0) / 2 };
  };
  const zoomBy = (factor: number) => surface.current?.send({ type: 'zoom', factor, ...centre() });
  const keys: Record<string, () => void> = {
    ArrowLeft: () => surface.current?.send({ type: 'pan', dx: KEY_PAN, dy: 0 }),
    ArrowRight: () => surface.current?.send({ type: 'pan', dx: -KEY_PAN, dy: 0 }),
    ArrowUp: () => surface.current?.send({ type: 'pan', dx: 0, dy: KEY_PAN }),
    ArrowDown: () => surface.current?.send({ type: 'pan', dx: 0, dy: -KEY_PAN }),
    '+': () => zoomBy(BUTTON_ZOOM),
    '=': () => zoomBy(BUTTON_ZOOM),
    '-': () => zoomBy(1 / BUTTON_ZOOM),
    '0': () => surface.current?.send({ type: 'reset' }),
  };

  return (
    <div className="graph-stage">
      <div
        ref={container}
        className="graph-canvas"
        role="img"
        aria-label={props.label}
        tabIndex={0}
        onKeyDown={(event) => {
          const action = keys[event.key];
          if (!action || event.ctrlKey || event.metaKey || event.altKey) return;
          event.preventDefault();
          action();
        }}
      />
      <div className="graph-zoom" role="group" aria-label={t('graph.zoom')}>
        <button
          type="button"
          className="button small"
          aria-label={t('graph.zoomIn')}
          onClick={() => zoomBy(BUTTON_ZOOM)}
        >
          +
        </button>
        <button
          type="button"
          className="button small"
          aria-label={t('graph.zoomOut')}
          onClick={() => zoomBy(1 / BUTTON_ZOOM)}
        >
          −
        </button>
        <button
          type="button"
          className="button small"
          aria-label={t('graph.zoomReset')}
          onClick={() => surface.current?.send({ type: 'reset' })}
        >
          ⤢
        </button>
      </div>
    </div>
  );
}
