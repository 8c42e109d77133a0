import { Document, Packer, Paragraph } from 'docx';
import { readDraftText } from './read-draft';
import { isUserError } from './user-error';

const SENTENCE = '上半年，园区实现工业总产值18.5亿元，同比增长5.1%。';

describe('readDraftText', () => {
  it('reads a Word .docx through mammoth, one paragraph per line', async () => {
    const document = new Document({
      sections: [
        { children: [new Paragraph(SENTENCE), new Paragraph(''), new Paragraph('二、存在问题')] },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(document));
    await expect(readDraftText('草稿.DOCX', bytes)).resolves.toBe(`${SENTENCE}\n二、存在问题`);
  });

  it('reads UTF-8 text with its BOM, and CRLF lines', async () => {
    const bytes = new TextEncoder().encode(`\uFEFF${SENTENCE}\r\n\r\n第二段`);
    await expect(readDraftText('草稿.txt', bytes)).resolves.toBe(`${SENTENCE}\n第二段`);
  });

  it('reads GB18030 (GBK) text as Notepad saves it', async () => {
    // "园区18.5亿元" in GBK
    const bytes = new Uint8Array([
      0xd4, 0xb0, 0xc7, 0xf8, 0x31, 0x38, 0x2e, 0x35, 0xd2, 0xda, 0xd4, 0xaa,
    ]);
    await expect(readDraftText('草稿.txt', bytes)).resolves.toBe('园区18.5亿元');
  });

  it('refuses other formats and empty drafts with a Chinese message naming the file', async () => {
    const pdf = await readDraftText('草稿.pdf', new Uint8Array([1])).catch(
      (error: unknown) => error,
    );
    expect(isUserError(pdf) && pdf.message).toContain('草稿.pdf');
    const empty = await readDraftText('空.txt', new TextEncoder().encode(' \n ')).catch(
      (e: unknown) => e,
    );
    expect(isUserError(empty) && empty.code).toBe('read.draft-empty');
    const broken = await readDraftText('坏.docx', new Uint8Array([1, 2, 3])).catch(
      (e: unknown) => e,
    );
    expect(isUserError(broken) && broken.code).toBe('read.draft-unreadable');
  });
});
