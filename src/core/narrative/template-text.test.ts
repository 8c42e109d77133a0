import { formatIssue } from '../diagnostics';
import { defaultTemplatesEn } from './templates/default.en';
import { defaultTemplatesZhCN } from './templates/default.zh-CN';
import { kindOfTemplateName, templateSetFromText, templateSetToText } from './template-text';
import type { TemplateSet } from './template-set';

describe('templateSetToText / templateSetFromText', () => {
  it('round-trips the default zh-CN templates: set -> text -> set and text -> set -> text', () => {
    const text = templateSetToText(defaultTemplatesZhCN);
    const read = templateSetFromText(text);
    expect(read.issues).toEqual([]);
    expect(read.set).toEqual(defaultTemplatesZhCN);
    expect(templateSetToText(read.set)).toBe(text);
  });

  it('round-trips the default English templates with their locale', () => {
    const text = templateSetToText(defaultTemplatesEn);
    expect(text).toContain('## township(each township)\n');
    expect(templateSetFromText(text, 'en').set).toEqual(defaultTemplatesEn);
  });

  it('writes a heading per template, （每个乡镇） for per-township ones, a blank line between', () => {
    const text = templateSetToText(defaultTemplatesZhCN);
    expect(text.startsWith('## 主要指标\n[{时期}，{主体}\n[[实现工业总产值')).toBe(true);
    expect(text).toContain('。]\n\n## 乡镇排名\n');
    expect(text).toContain('\n## 分乡镇（每个乡镇）\n{乡镇}{时期}\n');
    expect(text).toContain('详见“审核”表]。\n\n## 别名\n技改投入=技改投资\n');
  });

  it('keeps aliases in a 别名 section', () => {
    const set: TemplateSet = {
      locale: 'zh-CN',
      aliases: { 产值: '工业总产值', 税收: '工商税收' },
      templates: [{ name: '园区亮点', kind: 'custom', source: '{主体}产值{产值}' }],
    };
    const text = templateSetToText(set);
    expect(text).toBe('## 园区亮点\n{主体}产值{产值}\n\n## 别名\n产值=工业总产值\n税收=工商税收\n');
    expect(templateSetFromText(text).set).toEqual(set);
  });

  it('derives the kind from the default names, else custom; accepts (每个乡镇) and ##name', () => {
    const read = templateSetFromText(
      '##乡镇排名\n  前三位…\n\n\n## 园区亮点 (每个乡镇)\n{乡镇}亮点\n\n## 审核说明\n[…]',
    );
    expect(read.issues).toEqual([]);
    expect(read.set.templates).toEqual([
      { name: '乡镇排名', kind: 'ranking', source: '  前三位…' },
      { name: '园区亮点', kind: 'custom', source: '{乡镇}亮点', each: 'township' },
      { name: '审核说明', kind: 'caveat', source: '[…]' },
    ]);
    expect(kindOfTemplateName('目标进度')).toBe('targets');
    expect(kindOfTemplateName('toString')).toBe('custom');
  });

  it('reads text without any heading as one custom template', () => {
    expect(templateSetFromText('\n{时期}，{主体}情况\n第二行\n').set).toEqual({
      locale: 'zh-CN',
      templates: [{ name: '模板1', kind: 'custom', source: '{时期}，{主体}情况\n第二行' }],
    });
    expect(templateSetFromText('').set).toEqual({ locale: 'zh-CN', templates: [] });
    expect(templateSetFromText('  \n\n').issues).toEqual([]);
  });

  it('reports bad headings with their line, in Chinese, and still uses the text', () => {
    const text = [
      '开头的文字', // 1
      '## 主要指标', // 2
      '甲', // 3
      '##', // 4
      '乙', // 5
      '# 结构', // 6
      '丙', // 7
      '### 主要指标', // 8
      '丁', // 9
      '#1号厂房', // 10: not a heading (no space after #)
      '## 别名', // 11
      '产值', // 12
    ].join('\n');
    const read = templateSetFromText(text);
    expect(read.issues.map(formatIssue)).toEqual([
      '综述模板第1行：第一个标题“## 名称”之前的文字已作为模板“模板1”',
      '综述模板第4行：“##”缺少模板名称，已命名为“模板3”',
      '综述模板第6行：“# 结构”像是模板标题，标题应写成“## 名称”，已按标题处理',
      '综述模板第8行：“### 主要指标”像是模板标题，标题应写成“## 名称”，已按标题处理',
      '综述模板第8行：模板名称“主要指标”与前面的重复，提示中将无法区分',
      '综述模板第12行：“产值”不是别名的写法（应写成“别名=指标名称”），未使用',
    ]);
    expect(read.set.templates.map((t) => [t.name, t.kind, t.source])).toEqual([
      ['模板1', 'custom', '开头的文字'],
      ['主要指标', 'main', '甲'],
      ['模板3', 'custom', '乙'],
      ['结构', 'structure', '丙'],
      ['主要指标', 'main', '丁\n#1号厂房'],
    ]);
    expect(read.set.aliases).toBeUndefined();
  });

  it('never throws on odd input', () => {
    for (const text of [
      '##',
      '#',
      '## 别名\n=\n＝x',
      '\uFEFF## a\r\nb\r\n',
      '{#前三位',
      '## （每个乡镇）',
    ]) {
      expect(() => templateSetFromText(text)).not.toThrow();
    }
    expect(templateSetFromText('\uFEFF## a\r\nb\r\n').set.templates).toEqual([
      { name: 'a', kind: 'custom', source: 'b' },
    ]);
  });
});
