import { describe, expect, test } from 'vitest';
import { readEndCredit } from './readEndCredit.ts';

describe('readEndCredit: an agency or paper signed at the end of a text', () => {
  test.each([
    // [line, written, how]
    ['The talks resume next week, the spokesman added. – AFP', 'AFP', 'dash'],
    ['— ANSA', 'ANSA', 'dash'],
    ['Die Gespräche sollen nächste Woche weitergehen. — dpa', 'dpa', 'dash'],
    ['Переговоры продолжатся на следующей неделе. — ТАСС', 'ТАСС', 'dash'],
    ['"We will keep going," she said. -- Kyodo', 'Kyodo', 'dash'],
    ['Pertemuan itu dijadwalkan pekan depan. – ANTARA', 'ANTARA', 'dash'],
    ['Görüşmeler gelecek hafta sürecek.AA', 'AA', 'glued'],
    ['Negocierile continuă săptămâna viitoare.AGERPRES', 'AGERPRES', 'glued'],
    ['What does the law say about it? 3 MART 2015 / HÜRRİYET', 'HÜRRİYET', 'dated'],
    ['Is it over yet? 9 MAIO 2011 / CORREIO DO VALE', 'CORREIO DO VALE', 'dated'],
    ['Was bleibt vom Streit? 4. Mai 2016 / Die Zeit', 'Die Zeit', 'dated'],
    ['Президент провів зустріч з делегацією, повідомляє Укрінформ.', 'Укрінформ', 'reported'],
    ['Die Gespräche gehen nächste Woche weiter, meldet dpa.', 'dpa', 'reported'],
    ['Rokovania budú pokračovať, informuje spravodajca TASR v Bruseli.', 'TASR', 'reported'],
    ['Razgovori se nastavljaju idućeg tjedna, javlja Tanjug.', 'Tanjug', 'reported'],
    ['The ceasefire held through the night, officials in the region said on Sunday. (Reuters)', 'Reuters', 'enclosed'],
    ['Taraflar arasındaki görüşmelerin önümüzdeki hafta da sürmesi bekleniyor. /AA/', 'AA', 'enclosed'],
    ['Les négociations reprendront la semaine prochaine à Genève, selon le ministère. [AFP]', 'AFP', 'enclosed'],
    // Other scripts' punctuation: full-width brackets, the horizontal bar, the Greek and CJK sentence ends.
    ['Le conseil municipal votera le budget la semaine prochaine, a indiqué le maire. （AFP）', 'AFP', 'enclosed'],
    ['The council will vote on the budget next week, the mayor told reporters. ―AFP', 'AFP', 'dash'],
    ['Το δημοτικό συμβούλιο θα ψηφίσει τον προϋπολογισμό την επόμενη εβδομάδα. (ΑΠΕ-ΜΠΕ)', 'ΑΠΕ-ΜΠΕ', 'enclosed'],
    ['市議会は来週、予算案を採決する見通しだと市長が明らかにした。（共同）', '共同', 'enclosed'],
    ['Hội đồng thành phố sẽ biểu quyết ngân sách vào tuần tới, thị trưởng cho biết. (TTXVN)', 'TTXVN', 'enclosed'],
    ['المجلس البلدي سيصوت على الميزانية الأسبوع المقبل، بحسب ما قال رئيس البلدية. (رويترز)', 'رويترز', 'enclosed'],
    ['Городской совет проголосует за бюджет на следующей неделе, сообщил мэр города. /ТАСС/', 'ТАСС', 'enclosed'],
    // An agency alone after a paragraph's last sentence, no mark around it; an outlet the directory knows by its
    // acronym.
    [
      'Der Stadtrat tagte bis spät in die Nacht. Er will den Haushalt in der kommenden Woche beschließen, sagte der Bürgermeister. dpa',
      'dpa',
      'bare',
    ],
    [
      'Belediye meclisi dün akşam geç saatlere kadar toplandı. Meclis bütçeyi önümüzdeki hafta oylayacak, dedi belediye başkanı. AA',
      'AA',
      'bare',
    ],
    [
      'The council met late into the night in the old town hall. It will vote on the budget next week, the mayor told reporters. BBC',
      'BBC',
      'bare',
    ],
    // An agency and a date, or two agencies, in brackets closing the paragraph.
    [
      'Der Stadtrat tagte bis spät in die Nacht im alten Rathaus. Er will den Haushalt in der kommenden Woche endlich beschließen, sagte der Bürgermeister. (dpa, 3. Mai 2021)',
      'dpa',
      'enclosed',
    ],
    [
      'Der Stadtrat will den Haushalt in der kommenden Woche beschließen, sagte der Bürgermeister. (APA/Reuters, 3.5.2021)',
      'APA/Reuters',
      'enclosed',
    ],
    [
      'Der Stadtrat will den Haushalt in der kommenden Woche beschließen, sagte der Bürgermeister. (KURIER/APA)',
      'APA',
      'enclosed',
    ],
    // A credit pair after the last sentence: the outlet and the agency, perhaps the desk's word after it.
    [
      'Kaupunginvaltuusto äänestää talousarviosta ensi viikolla, pormestari kertoi. ILTASANOMAT/STT Toimitus',
      'STT',
      'paired',
    ],
    ['A câmara vota o orçamento na próxima semana, disse o presidente da autarquia. Lusa/ JM', 'Lusa', 'paired'],
  ])('%s', (line, written, how) => {
    expect(readEndCredit(line)).toEqual({ written, how });
  });

  test.each([
    // A headline of another outlet in a link list: no sentence ends before the dash.
    ['Why the markets fell – The Guardian'],
    // A picture credit: no sentence before the dash.
    ['Photo: Jane Doe – AFP'],
    // A dash and a word the directory does not know.
    ['The meeting ends on Friday. – Editor'],
    // Figures in a table are not a date and a paper.
    ['1.2 MB (-92%)'],
    // A date then an author: not capitals, not a publisher.
    ['It was a long night. March 3, 2020 / Jane Doe'],
    // The agency cited for a quote, the quote's speaker after it ("TASS conveys the words of the minister").
    ['«Мы согласились», – передает ТАСС слова министра.'],
    // A report verb and a name the directory does not know.
    ['The rally drew thousands, reports the local radio.'],
    // Glued capitals that are no agency.
    ['The scheme was approved.NASA'],
    // A sentence ending with a publisher's name, no dash: a citation, not a signature.
    ['The figures were first reported by Reuters.'],
    // A caption's few words and a picture agency in parentheses.
    ['Crowds in the square. (AFP)'],
    ['Firefighters worked through the night to contain the blaze near the village. (Getty Images)'],
    // Marks that do not pair, and a name the directory does not know.
    ['Firefighters worked through the night to contain the blaze near the village. (Reuters/'],
    ['Firefighters worked through the night to contain the blaze near the village. (Editor)'],
    // A caption's few words and a bare agency; a caption's media word before a bare agency or a pair.
    ['Crowds in the square. AFP'],
    // A caption of one sentence, however long, then an agency bare or with a date: a picture's credit.
    ['Demonstrators gather outside the parliament building in the capital on Tuesday evening. AFP'],
    ['Demonstrators gather outside the parliament building in the capital on Tuesday evening. (AFP, 3.5.2021)'],
    // An agency and a person after a paragraph: a photographer's credit.
    [
      'The council met late into the night. It will vote on the budget next week, the mayor told reporters. AFP/Jane Roe',
    ],
    // Capitals the directory does not know, bare after a paragraph.
    ['The council met late into the night. It will vote on the budget next week, the mayor told reporters. NASA'],
    // A date alone, or a section and a date, in brackets.
    ['The council met late into the night. It will vote on the budget next week, the mayor said. (Politics, 3.5.2021)'],
    ['Firefighters at work near the village on Tuesday, in a file photo from last year. AP'],
    ['Firefighters at work near the village on Tuesday, in a file photo from last year. AFP/Jane Roe'],
    // A bare word closing a sentence that is no agency, and a publisher (not an agency) bare.
    ['Firefighters worked through the night to contain the blaze near the village. Tuesday'],
    ['Firefighters worked through the night to contain the blaze near the village. Le Monde'],
    // A picture pair after a story's sentence; a photographer's name after a caption-length text.
    ['Firefighters worked through the night to contain the blaze near the village. AFP/Getty'],
    ['Firefighters worked through the night near the village. ANSA/Marta Bianchi'],
    // A section or a date in parentheses.
    ['Firefighters worked through the night to contain the blaze near the village. (Politics)'],
    ['Firefighters worked through the night to contain the blaze near the village. (12.05.2021)'],
  ])('no credit: %s', (line) => {
    expect(readEndCredit(line)).toBeNull();
  });

  test('pathological input stays fast: dashes, capitals and full stops repeated', () => {
    const inputs = [
      '– '.repeat(20_000),
      `${'A.'.repeat(20_000)}AFP`,
      `${'x '.repeat(20_000)}. – ${'A'.repeat(5000)}`,
      `${'x. ('.repeat(20_000)}Reuters)`,
      `${'. /'.repeat(20_000)}AA /`,
      `${'x. '.repeat(20_000)}dpa`,
      `${'x. A/'.repeat(20_000)}dpa`,
      `${'。（'.repeat(20_000)}共同）`,
      `${'—'.repeat(20_000)}―AFP`,
    ];
    const started = performance.now();
    for (const t of inputs) readEndCredit(t);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
