// @vitest-environment jsdom
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BarChart } from './BarChart.js';

const chart = (series: Array<{ name: string; color: string }>) => {
  const html = renderToStaticMarkup(
    <BarChart
      title="Luận điểm theo nhóm"
      description="Mỗi nhóm một thanh"
      labelHeader="Nhóm"
      totalHeader="Tổng"
      series={series}
      bars={[
        { label: 'Tham nhũng', values: [3, 1] },
        { label: 'Quân đội', values: [0, 2] },
      ]}
    />,
  );
  const root = document.createElement('div');
  root.innerHTML = html;
  return root;
};

describe('BarChart', () => {
  const root = chart([
    { name: 'Đã phản bác', color: 'green' },
    { name: 'Chưa phản bác', color: 'orange' },
  ]);

  it('names the SVG by its title and description and titles every bar with its numbers', () => {
    const svg = root.querySelector('svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
    expect(root.querySelector(`[id="${titleId}"]`)?.textContent).toBe('Luận điểm theo nhóm');
    expect(root.querySelector(`[id="${descId}"]`)?.textContent).toBe('Mỗi nhóm một thanh');
    expect([...svg.querySelectorAll('g > title')].map((title) => title.textContent)).toEqual([
      'Tham nhũng: Đã phản bác 3, Chưa phản bác 1',
      'Quân đội: Đã phản bác 0, Chưa phản bác 2',
    ]);
  });

  it('draws stacked bars proportional to the values, the longest total spanning the plot', () => {
    const widths = [...root.querySelectorAll('rect')].map((rect) => Number(rect.getAttribute('width')));
    expect(widths[0]! / widths[1]!).toBeCloseTo(3);
    expect(widths[0]! + widths[1]!).toBeCloseTo(2 * (widths[2]! + widths[3]!));
  });

  it('repeats every number in a table with a total per row', () => {
    const rows = [...root.querySelectorAll('tbody tr')].map((row) =>
      [...row.children].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      ['Tham nhũng', '3', '1', '4'],
      ['Quân đội', '0', '2', '2'],
    ]);
    expect(root.querySelector('caption')?.textContent).toBe('Luận điểm theo nhóm');
  });

  it('leaves the total column out when there is one series', () => {
    const single = chart([{ name: 'Bài viết', color: 'red' }]);
    expect([...single.querySelectorAll('thead th')].map((cell) => cell.textContent)).toEqual([
      'Nhóm',
      'Bài viết',
    ]);
  });
});
