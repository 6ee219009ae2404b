import { crc32, inflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { columnName, sheetNames, writeWorkbook } from './xlsx';

/** Reads the archive back through its central directory, as Excel does, checking every CRC. */
function readZip(zip: Buffer): Map<string, string> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThan(0);
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const crc = zip.readUInt32LE(at + 16);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    const dataStart = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
    const data = inflateRawSync(zip.subarray(dataStart, dataStart + size));
    expect(crc32(data)).toBe(crc);
    files.set(name, data.toString('utf8'));
    at += 46 + nameLength;
  }
  return files;
}

describe('Excel workbook', () => {
  it('holds one sheet per table, with the parts Excel needs', () => {
    const files = readZip(
      writeWorkbook([
        {
          name: '报名名单',
          rows: [
            ['姓名', '状态'],
            ['王师傅', '已签到'],
          ],
        },
        { name: 'Feedback', rows: [['rating'], [5]] },
      ]),
    );
    expect([...files.keys()]).toEqual([
      '[Content_Types].xml',
      '_rels/.rels',
      'xl/workbook.xml',
      'xl/_rels/workbook.xml.rels',
      'xl/styles.xml',
      'xl/worksheets/sheet1.xml',
      'xl/worksheets/sheet2.xml',
    ]);
    expect(files.get('xl/workbook.xml')).toContain('<sheet name="报名名单" sheetId="1" r:id="rId1"/>');
    expect(files.get('[Content_Types].xml')).toContain('/xl/worksheets/sheet2.xml');
    const first = files.get('xl/worksheets/sheet1.xml') ?? '';
    expect(first).toContain('<c r="A1" s="1" t="inlineStr"><is><t xml:space="preserve">姓名</t></is></c>');
    expect(first).toContain('<c r="B2" t="inlineStr"><is><t xml:space="preserve">已签到</t></is></c>');
    expect(first).toContain('state="frozen"');
    expect(files.get('xl/worksheets/sheet2.xml')).toContain('<c r="A2"><v>5</v></c>');
  });

  it('keeps what people typed as text: markup escaped, formulas not run, impossible characters dropped', () => {
    const sheet = readZip(
      writeWorkbook([{ name: 'x', rows: [['comment'], ['=HYPERLINK("http://evil")'], ['<b>&</b>\u0007']] }]),
    ).get('xl/worksheets/sheet1.xml');
    expect(sheet).not.toContain('<f>');
    expect(sheet).toContain('=HYPERLINK(&quot;http://evil&quot;)');
    expect(sheet).toContain('&lt;b&gt;&amp;&lt;/b&gt;</t>');
    expect(sheet).not.toContain('\u0007');
  });

  it('leaves empty cells out and refuses a workbook without sheets', () => {
    const sheet = readZip(writeWorkbook([{ name: 'x', rows: [['a', null, 'c']] }])).get(
      'xl/worksheets/sheet1.xml',
    );
    expect(sheet).toContain('r="A1"');
    expect(sheet).not.toContain('r="B1"');
    expect(sheet).toContain('r="C1"');
    expect(() => writeWorkbook([])).toThrow();
  });

  it('gives the same bytes for the same tables', () => {
    const rows = [['a'], [1]];
    expect(writeWorkbook([{ name: 's', rows }]).equals(writeWorkbook([{ name: 's', rows }]))).toBe(true);
  });

  it('names columns and tabs the way Excel accepts', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
    expect(sheetNames(['a/b', 'A/B', '', 'x'.repeat(40)])).toEqual([
      'a b',
      'A B 2',
      'Sheet3',
      'x'.repeat(31),
    ]);
  });
});
