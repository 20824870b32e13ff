import type { Category } from './types.js';

/**
 * The claim taxonomy a new workspace starts with: the eight categories the
 * customer works with, in their order, named in Vietnamese with English
 * names. The ids are fixed so a migration that adds them to an existing
 * workspace gives every workspace the same ids.
 */
export const DEFAULT_CATEGORIES: readonly Category[] = Object.freeze(
  [
    {
      id: 'categorymarxism',
      name: {
        vi: 'Phủ nhận chủ nghĩa Mác – Lênin (học thuyết hình thái kinh tế – xã hội)',
        en: 'Denying Marxism–Leninism (theory of socio-economic formations)',
      },
    },
    {
      id: 'categoryworkingclass',
      name: {
        vi: 'Phủ nhận sứ mệnh lịch sử của giai cấp công nhân',
        en: 'Denying the historic mission of the working class',
      },
    },
    {
      id: 'categoryhochiminh',
      name: {
        vi: 'Đối lập tư tưởng Hồ Chí Minh với chủ nghĩa Mác – Lênin',
        en: 'Setting Hồ Chí Minh Thought against Marxism–Leninism',
      },
    },
    {
      id: 'categorypluralism',
      name: {
        vi: 'Đòi đa nguyên chính trị, đa đảng đối lập',
        en: 'Demands for political pluralism and a multi-party system',
      },
    },
    {
      id: 'categorysocialistpath',
      name: {
        vi: 'Xuyên tạc mục tiêu, con đường đi lên chủ nghĩa xã hội và kinh tế thị trường định hướng xã hội chủ nghĩa',
        en: 'Distorting the goal and path to socialism and the socialist-oriented market economy',
      },
    },
    {
      id: 'categoryarmy',
      name: {
        vi: '“Phi chính trị hóa” quân đội',
        en: '“Depoliticising” the army',
      },
    },
    {
      id: 'categorycorruption',
      name: {
        vi: 'Lợi dụng tham nhũng, suy thoái cán bộ',
        en: 'Exploiting corruption and cadre degradation',
      },
    },
    {
      id: 'categoryhumanrights',
      name: {
        vi: 'Xuyên tạc về dân chủ, nhân quyền',
        en: 'Distortions about democracy and human rights',
      },
    },
  ].map((category, order) => Object.freeze({ ...category, name: Object.freeze(category.name), order })),
);

/** A fresh, mutable copy of {@link DEFAULT_CATEGORIES} for a new workspace. */
export function defaultCategories(): Category[] {
  return DEFAULT_CATEGORIES.map((category) => ({ ...category, name: { ...category.name } }));
}
