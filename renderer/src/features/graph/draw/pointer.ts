import { wheelFactor } from './camera.js';
import type { SceneCommand } from './protocol.js';
import type { GraphSurface } from './surface.js';

/** A press that moves less than this (CSS pixels) is a click, not a drag. */
const CLICK_SLOP = 4;

/**
 * Turns pointer and wheel input on `host` into camera and hover commands
 * (drag pans, the wheel zooms around the pointer) and a click on a node
 * into `onClick(index)`. Answers the function that detaches it all.
 */
export function attachPointer(
  host: HTMLElement,
  drawing: GraphSurface,
  onClick: (index: number) => void,
): () => void {
  const send = (command: SceneCommand) => drawing.send(command);
  // Pointer input is coalesced to one command of each kind per animation frame.
  let frame = 0;
  let pan = { dx: 0, dy: 0 };
  let zoom = { factor: 1, x: 0, y: 0 };
  let hover: { x: number; y: number } | null = null;
  const flush = () => {
    frame = 0;
    if (pan.dx !== 0 || pan.dy !== 0) send({ type: 'pan', ...pan });
    if (zoom.factor !== 1) send({ type: 'zoom', ...zoom });
    if (hover) send({ type: 'hover', ...hover });
    pan = { dx: 0, dy: 0 };
    zoom = { factor: 1, x: 0, y: 0 };
    hover = null;
  };
  const later = () => (frame ||= requestAnimationFrame(flush));
  const local = (event: MouseEvent) => {
    const box = host.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  let press: { x: number; y: number; moved: number; id: number } | null = null;
  const down = (event: PointerEvent) => {
    if (event.button !== 0) return;
    press = { ...local(event), moved: 0, id: event.pointerId };
    host.setPointerCapture(event.pointerId);
  };
  const move = (event: PointerEvent) => {
    const point = local(event);
    if (press && press.id === event.pointerId) {
      pan.dx += point.x - press.x;
      pan.dy += point.y - press.y;
      press.moved += Math.hypot(point.x - press.x, point.y - press.y);
      press.x = point.x;
      press.y = point.y;
    } else hover = point;
    later();
  };
  const up = (event: PointerEvent) => {
    if (!press || press.id !== event.pointerId) return;
    const click = press.moved < CLICK_SLOP;
    press = null;
    if (!click) return;
    const point = local(event);
    void drawing.pick(point.x, point.y).then((i) => {
      if (i >= 0) onClick(i);
    });
  };
  const wheel = (event: WheelEvent) => {
    event.preventDefault();
    const point = local(event);
    const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
    zoom = { factor: zoom.factor * wheelFactor(delta), ...point };
    later();
  };
  const leave = () => send({ type: 'hover', x: -1e6, y: -1e6 });
  host.addEventListener('pointerdown', down);
  host.addEventListener('pointermove', move);
  host.addEventListener('pointerup', up);
  host.addEventListener('pointercancel', up);
  host.addEventListener('pointerleave', leave);
  host.addEventListener('wheel', wheel, { passive: false });
  return () => {
    cancelAnimationFrame(frame);
    host.removeEventListener('pointerdown', down);
    host.removeEventListener('pointermove', move);
    host.removeEventListener('pointerup', up);
    host.removeEventListener('pointercancel', up);
    host.removeEventListener('pointerleave', leave);
    host.removeEventListener('wheel', wheel);
  };
}
