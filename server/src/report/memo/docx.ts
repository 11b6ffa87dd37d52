import { AlignmentType, BorderStyle, Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { STATE_LABELS } from '../families';
import { describeDocumentKind, type Memo } from './model';

// The memo as a Word document, built with the `docx` package from the same
// model as the Markdown: headings, the checklist and key terms as tables, each
// finding with its clause quoted.

export async function memoToDocx(memo: Memo): Promise<Uint8Array> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({ text: `Review memo: ${memo.title}`, heading: HeadingLevel.TITLE }),
    labelled('Document', `${memo.documentName} (reviewed as a ${describeDocumentKind(memo.kind)})`),
    labelled('Findings', memo.findingCounts),
    labelled('Checklist', memo.checklistCounts),
    ...memo.deadlines.map((line) => labelled('Deadline', line)),
    new Paragraph({ children: [new TextRun({ text: 'Contract Review reads the draft\'s own words; check each point against the full text before relying on it.', italics: true })] }),
    new Paragraph({ text: 'Checklist', heading: HeadingLevel.HEADING_1 }),
  ];
  for (const family of memo.checklist) {
    children.push(new Paragraph({ text: family.label, heading: HeadingLevel.HEADING_2 }));
    children.push(table(['Item', 'State', 'What the draft says', 'Findings'], family.items.map((item) => [
      item.title, STATE_LABELS[item.state], item.detail, item.findingNumbers.join(', '),
    ])));
  }
  children.push(new Paragraph({ text: 'Findings', heading: HeadingLevel.HEADING_1 }));
  if (memo.findings.length === 0) children.push(new Paragraph('No findings.'));
  for (const f of memo.findings) {
    children.push(
      new Paragraph({ text: `${f.number}. ${f.title} (${f.severity})`, heading: HeadingLevel.HEADING_2 }),
      new Paragraph({ children: [new TextRun({ text: `${f.where} · ${f.ruleId}`, italics: true })] }),
      quote(f.quote),
      labelled('What the draft says', f.message),
    );
    if (f.why) children.push(labelled('Why it matters', f.why));
    if (f.askFor) children.push(labelled('What to ask for', f.askFor));
    if (f.suggestedWording) children.push(labelled('Suggested wording', ''), quote(f.suggestedWording));
  }
  children.push(new Paragraph({ text: 'Key terms', heading: HeadingLevel.HEADING_1 }));
  if (memo.keyTerms.length === 0) children.push(new Paragraph('No key terms read.'));
  else {
    children.push(table(['Group', 'Term', 'Value', 'How read'], memo.keyTerms.map((row) => [
      row.group, row.label, row.value,
      `${row.confidence === 'read' ? 'stated' : row.confidence === 'derived' ? 'worked out' : 'low confidence'}${row.note ? `: ${row.note}` : ''}`,
    ])));
  }
  const document = new Document({
    creator: 'Contract Review',
    title: `Review memo: ${memo.title}`,
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function labelled(label: string, text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: `${label}. `, bold: true }), new TextRun(text)] });
}

function quote(text: string): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text })],
    indent: { left: 720 },
    border: { left: { style: BorderStyle.SINGLE, size: 12, color: 'BBBBBB', space: 8 } },
    alignment: AlignmentType.LEFT,
  });
}

function table(headers: readonly string[], rows: readonly (readonly string[])[]): Table {
  const row = (cells: readonly string[], bold: boolean) => new TableRow({
    children: cells.map((cell) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: cell, bold })] })] })),
  });
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [row(headers, true), ...rows.map((r) => row(r, false))] });
}
