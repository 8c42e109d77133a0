import { readTemplateSetJson } from './template-set-json';

describe('readTemplateSetJson', () => {
  it('reads a template set with aliases and a per-township template', () => {
    const text = JSON.stringify({
      locale: 'zh-CN',
      aliases: { 产值: '工业总产值' },
      templates: [
        { name: '主要指标', kind: 'main', source: '{时期}，{主体}实现{产值}。' },
        { name: '各乡镇', kind: 'township', source: '{乡镇}…', each: 'township' },
      ],
    });
    expect(readTemplateSetJson(text)).toEqual({
      ok: true,
      set: {
        locale: 'zh-CN',
        aliases: { 产值: '工业总产值' },
        templates: [
          { name: '主要指标', kind: 'main', source: '{时期}，{主体}实现{产值}。' },
          { name: '各乡镇', kind: 'township', source: '{乡镇}…', each: 'township' },
        ],
      },
    });
  });

  it('defaults the locale to zh-CN and the kind to custom', () => {
    const read = readTemplateSetJson('{"templates":[{"name":"a","source":"b"}]}');
    expect(read).toEqual({
      ok: true,
      set: { locale: 'zh-CN', templates: [{ name: 'a', kind: 'custom', source: 'b' }] },
    });
  });

  it.each([
    ['{', 'templates.not-json', undefined],
    ['[]', 'templates.shape', undefined],
    ['{"templates":{}}', 'templates.shape', undefined],
    ['{"locale":"fr","templates":[]}', 'templates.locale', undefined],
    ['{"templates":[{"source":"x"}]}', 'templates.item', 'name'],
    ['{"templates":[{"name":"a"}]}', 'templates.item', 'source'],
    ['{"templates":[{"name":"a","source":"x","kind":"poem"}]}', 'templates.item', 'kind'],
    ['{"templates":[{"name":"a","source":"x","each":"sheet"}]}', 'templates.item', 'each'],
    ['{"templates":[],"aliases":{"a":1}}', 'templates.aliases', undefined],
  ])('rejects %s with %s', (text, code, field) => {
    const read = readTemplateSetJson(text);
    expect(read.ok).toBe(false);
    if (read.ok) return;
    expect(read.code).toBe(code);
    if (field !== undefined) expect(read.params['field']).toBe(field);
  });
});
