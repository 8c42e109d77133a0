import { formatIssue } from '../../diagnostics';
import { parseTemplate } from './parse-template';

describe('parseTemplate', () => {
  it('parses text, placeholders and variables with locations', () => {
    const { ast, issues } = parseTemplate('{时期}，{主体}实现{工业总产值.增长}', '主要指标');
    expect(issues).toEqual([]);
    expect(ast.nodes).toEqual([
      {
        type: 'placeholder',
        subject: '时期',
        fn: null,
        source: '{时期}',
        loc: { line: 1, column: 1, offset: 0 },
      },
      { type: 'text', value: '，', loc: { line: 1, column: 5, offset: 4 } },
      {
        type: 'placeholder',
        subject: '主体',
        fn: null,
        source: '{主体}',
        loc: { line: 1, column: 6, offset: 5 },
      },
      { type: 'text', value: '实现', loc: { line: 1, column: 10, offset: 9 } },
      {
        type: 'placeholder',
        subject: '工业总产值',
        fn: '增长',
        source: '{工业总产值.增长}',
        loc: { line: 1, column: 12, offset: 11 },
      },
    ]);
  });

  it('parses optional segments, nested', () => {
    const { ast, issues } = parseTemplate('甲[乙{利润总额}[丙]]', 't');
    expect(issues).toEqual([]);
    expect(ast.nodes[1]).toMatchObject({
      type: 'optional',
      children: [
        { type: 'text', value: '乙' },
        { type: 'placeholder', subject: '利润总额' },
        { type: 'optional', children: [{ type: 'text', value: '丙' }] },
      ],
    });
  });

  it('parses a 分别 list with labels and plain names', () => {
    const { ast } = parseTemplate('{分别增长: 产值=工业总产值，销售＝销售收入, 利润总额}', 't');
    expect(ast.nodes[0]).toMatchObject({
      type: 'list',
      form: 'respectively',
      items: [
        { label: '产值', subject: '工业总产值' },
        { label: '销售', subject: '销售收入' },
        { label: null, subject: '利润总额' },
      ],
    });
  });

  it('parses a parallel list (并列增长, 并列, parallel)', () => {
    for (const head of ['并列增长', '并列', 'parallel']) {
      const { ast, issues } = parseTemplate(`{${head}: 产值=工业总产值、销售收入}`, 't');
      expect(issues).toEqual([]);
      expect(ast.nodes[0]).toMatchObject({
        type: 'list',
        form: 'parallel',
        items: [
          { label: '产值', subject: '工业总产值' },
          { label: null, subject: '销售收入' },
        ],
      });
    }
  });

  it('parses loops with their indicator', () => {
    const { ast, issues } = parseTemplate('{#前三位(工业总产值)}{乡镇}{/}', 't');
    expect(issues).toEqual([]);
    expect(ast.nodes[0]).toMatchObject({
      type: 'block',
      name: '前三位',
      arg: '工业总产值',
      children: [{ type: 'placeholder', subject: '乡镇' }],
    });
  });

  it('reads escaped brackets as literal text', () => {
    const { ast } = parseTemplate('\\{注\\}\\[1\\]', 't');
    expect(ast.nodes).toEqual([
      { type: 'text', value: '{注}[1]', loc: { line: 1, column: 1, offset: 0 } },
    ]);
  });

  it.each([
    [
      'an unclosed placeholder',
      '甲{工业总产值\n乙',
      'narrative.unclosed-placeholder',
      1,
      2,
      '{工业总产值',
    ],
    ['an empty placeholder', '第一行\n甲{}', 'narrative.bad-placeholder', 2, 2, '{}'],
    [
      'a placeholder with two dots',
      '{工业总产值.增长.占比}',
      'narrative.bad-placeholder',
      1,
      1,
      '{工业总产值.增长.占比}',
    ],
    ['a stray }', '甲}乙', 'narrative.stray-close', 1, 2, '}'],
    ['a stray ]', '甲]乙', 'narrative.stray-close', 1, 2, ']'],
    ['a stray {/}', '甲{/}', 'narrative.stray-close', 1, 2, '{/}'],
    ['an unclosed optional', '甲[乙', 'narrative.unclosed-optional', 1, 2, '['],
    ['an unclosed loop', '{#每个乡镇}{乡镇}', 'narrative.unclosed-block', 1, 1, '{#每个乡镇}'],
    ['an empty list', '{分别增长: }', 'narrative.bad-placeholder', 1, 1, '{分别增长: }'],
  ])('reports %s at its place, in Chinese', (_what, source, code, line, column, text) => {
    const { issues } = parseTemplate(source, '主要指标');
    expect(issues).toHaveLength(1);
    const [found] = issues;
    expect(found?.code).toBe(code);
    expect(found?.params).toMatchObject({ template: '主要指标', line, column, text });
    const message = found ? formatIssue(found) : '';
    expect(message).toContain(`综述模板“主要指标”第${line}行第${column}列`);
    expect(message).toContain(text);
  });

  it('keeps the rest of the template after an error', () => {
    const { ast } = parseTemplate('甲{工业总产值\n乙{主体}', 't');
    expect(ast.nodes.map((n) => n.type)).toEqual(['text', 'error', 'text', 'placeholder']);
  });

  it('never throws on arbitrary input', () => {
    for (const source of [
      '{',
      '}',
      '[',
      ']',
      '{#',
      '{/',
      '{{{',
      ']]]',
      '\\',
      '\\{',
      '{a.b.c}',
      '[{#x}]{/}',
      '{分别:=}',
    ]) {
      expect(() => parseTemplate(source, 't')).not.toThrow();
    }
  });
});
