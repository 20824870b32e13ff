import { describe, expect, it } from 'vitest';
import { compareVietnamese, countWords, fold, nfc } from './index.js';

describe('fold', () => {
  it.each([
    ['Đường lối đổi mới', 'duong loi doi moi'],
    ['ĐẢNG CỘNG SẢN', 'dang cong san'],
    ['tham nhũng', 'tham nhung'],
    ['Nguyễn Ái Quốc', 'nguyen ai quoc'],
    ['ưu tiên ơn', 'uu tien on'],
    ['already plain', 'already plain'],
    ['', ''],
  ])('folds %s', (input, expected) => {
    expect(fold(input)).toBe(expected);
  });

  it('treats NFD and NFC input alike', () => {
    const decomposed = 'Hà Nội'.normalize('NFD');
    expect(fold(decomposed)).toBe(fold('Hà Nội'));
    expect(nfc(decomposed)).toBe('Hà Nội'.normalize('NFC'));
  });

  it('leaves other scripts and emoji readable', () => {
    expect(fold('Ελλάδα 北京 🇻🇳')).toBe('ελλαδα 北京 🇻🇳');
  });
});

describe('countWords', () => {
  it.each([
    ['Đường lối đổi mới của Đảng', 6],
    ['Hà Nội, ngày 2 tháng 9 năm 1945.', 8],
    ['# Tiêu đề\n\n- một\n- hai', 4],
    ['   ', 0],
    ['', 0],
    ['COVID-19 lan rộng', 4],
    ['Xem [báo cáo](https://example.org/bao-cao "Tổng cục") và www.gso.gov.vn nhé', 5],
    ['<https://example.org/a.b> ở đây', 2],
  ])('counts %j as %i words', (text, expected) => {
    expect(countWords(text)).toBe(expected);
  });
});

describe('compareVietnamese', () => {
  it('sorts in Vietnamese dictionary order', () => {
    const words = ['đường', 'dân', 'ăn', 'an', 'bác', 'âm', 'Em', 'ơn', 'ô', 'o'];
    expect([...words].sort(compareVietnamese)).toEqual([
      'an',
      'ăn',
      'âm',
      'bác',
      'dân',
      'đường',
      'Em',
      'o',
      'ô',
      'ơn',
    ]);
  });

  it('orders numbers numerically', () => {
    expect(['Bài 10', 'Bài 2', 'Bài 1'].sort(compareVietnamese)).toEqual(['Bài 1', 'Bài 2', 'Bài 10']);
  });
});
