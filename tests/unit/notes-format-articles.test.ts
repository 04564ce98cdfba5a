import { describe, expect, it } from 'vitest';
import {
  ARTICLE_FIELDS,
  articleRecordFromImport,
  canonicalArticle,
  countArticleBriefs,
  createNotesExport,
  EVENT_FIELDS,
  NOTES_EXPORT_MEMBERS,
  NOTES_EXPORT_VERSION,
  parseNotesImport,
  PARTY_FIELDS,
  previewArticleImport,
  readExportedArticles,
  serializeNotesExport,
  withImportedBrief,
  type ExportedArticle,
} from '../../lib/core/notes-format';
import type { ArticleRecord } from '../../lib/core/notes';
import { sampleArticle, sampleMeeting, sampleSigning } from '../support/articles';
import { sampleNote } from '../support/notes';
import { NO_READER_LAYER, reversedKeys } from './notes-format-reader-layer-samples';

const EXPORTED_AT = new Date('2026-11-26T23:30:00.000Z');
const LATER = new Date('2027-05-01T08:00:00.000Z');

/** The sample articles: one with a date and two events, one with events only and another canonical address, one without a brief. */
function sampleArticles(): ArticleRecord[] {
  return [
    sampleArticle(),
    sampleArticle({
      url: 'https://news.example.cn/a.html',
      canonicalUrl: 'https://www.example.cn/a',
      // Not the url's host: the export writes the host of the url, as the store records it.
      site: 'x',
      title: '第二篇',
      date: undefined,
      events: [sampleMeeting()],
    }),
    sampleArticle({ url: 'https://news.example.cn/no-brief.html', date: undefined, events: [] }),
  ];
}

/**
 * The layout 4 export of {@link sampleArticles} (and no notes), byte for byte: articles with a
 * brief only, sorted by url, fields in a fixed order, `canonicalUrl` only where it differs, the
 * optional event fields only where set, parties in their order.
 */
const LAYOUT_4_FILE = `{
  "format": "district-lens-notes",
  "version": 4,
  "exportedAt": "2026-11-26T23:30:00.000Z",
  "notes": [],
  "readerLayer": {
    "entities": [],
    "corrections": []
  },
  "articles": [
    {
      "url": "https://news.example.cn/a.html",
      "canonicalUrl": "https://www.example.cn/a",
      "title": "第二篇",
      "site": "news.example.cn",
      "events": [
        {
          "kind": "meeting",
          "amounts": [],
          "parties": [
            {
              "entityId": "official:裘东耀",
              "name": "裘东耀",
              "type": "official",
              "role": "speaker"
            }
          ],
          "sentence": "座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。"
        }
      ]
    },
    {
      "url": "https://www.example.cn/news/hongqiao.html",
      "title": "上海虹桥商务区与长三角城市启动全面合作",
      "site": "www.example.cn",
      "date": "2019-06-04",
      "events": [
        {
          "kind": "signing",
          "date": "2019-05-28",
          "what": "合作协议",
          "amounts": [
            "总投资50亿元"
          ],
          "parties": [
            {
              "entityId": "platform:hongqiao-cbd",
              "name": "虹桥商务区管委会",
              "type": "platform",
              "role": "side"
            },
            {
              "entityId": "city:330200",
              "name": "宁波",
              "type": "city",
              "role": "side"
            }
          ],
          "sentence": "5月28日，虹桥商务区管委会与宁波签订合作协议，总投资50亿元。"
        },
        {
          "kind": "meeting",
          "amounts": [],
          "parties": [
            {
              "entityId": "official:裘东耀",
              "name": "裘东耀",
              "type": "official",
              "role": "speaker"
            }
          ],
          "sentence": "座谈会上，宁波市长裘东耀指出，要深化与虹桥商务区的合作。"
        }
      ]
    }
  ]
}
`;

type Json = Record<string, unknown>;
type ArticleFile = Json & { articles: (Json & { events: (Json & { parties: Json[] })[] })[] };

/** The sample layout 4 file as an object, changed by `edit`, as text. */
function fileWith(edit: (file: ArticleFile) => void): string {
  const file = JSON.parse(LAYOUT_4_FILE) as ArticleFile;
  edit(file);
  return JSON.stringify(file, null, 2);
}

function errorOf(text: string): string {
  const result = parseNotesImport(text);
  if (result.ok) throw new Error(`accepted: ${text.slice(0, 200)}`);
  return result.error;
}

/** Deep-freezes a value, so a test fails if the code under test writes to its input. */
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** The articles of {@link LAYOUT_4_FILE} as the import gives them back. */
const EXPECTED_ARTICLES: ExportedArticle[] = [
  {
    url: 'https://news.example.cn/a.html',
    canonicalUrl: 'https://www.example.cn/a',
    title: '第二篇',
    site: 'news.example.cn',
    events: [sampleMeeting()],
  },
  {
    url: 'https://www.example.cn/news/hongqiao.html',
    title: '上海虹桥商务区与长三角城市启动全面合作',
    site: 'www.example.cn',
    date: '2019-06-04',
    events: [sampleSigning(), sampleMeeting()],
  },
];

describe('JSON export layout 4 with the article briefs', () => {
  it('writes the articles with a brief after the reader layer, sorted and in a fixed field order, byte for byte', () => {
    expect(NOTES_EXPORT_VERSION).toBe(4);
    expect(NOTES_EXPORT_MEMBERS).toEqual(['format', 'version', 'exportedAt', 'notes', 'readerLayer', 'articles']);
    expect(serializeNotesExport(createNotesExport([], EXPORTED_AT, undefined, sampleArticles()))).toBe(LAYOUT_4_FILE);
  });

  it('gives the same bytes whatever order the articles, their fields and their events’ fields come in', () => {
    const shuffled = sampleArticles()
      .reverse()
      .map((article) =>
        reversedKeys({
          ...article,
          ...(article.events
            ? { events: article.events.map((e) => reversedKeys({ ...e, parties: e.parties.map(reversedKeys) })) }
            : {}),
        }),
      );
    expect(serializeNotesExport(createNotesExport([], EXPORTED_AT, undefined, shuffled))).toBe(LAYOUT_4_FILE);
  });

  it('keeps the events in article order and the parties in event order', () => {
    const [signing] = createNotesExport([], EXPORTED_AT, undefined, [
      sampleArticle({ events: [sampleSigning({ parties: [...sampleSigning().parties].reverse() }), sampleMeeting()] }),
    ]).articles[0]!.events;
    expect(signing!.parties.map((p) => p.name)).toEqual(['宁波', '虹桥商务区管委会']);
  });

  it('writes fresh objects with exactly the known fields, leaving the input alone', () => {
    const article = deepFreeze({
      ...sampleArticle(),
      score: 3,
      events: [{ ...sampleSigning(), offset: 12, parties: [{ ...sampleSigning().parties[0]!, colour: 'red' }] }],
    } as unknown as ArticleRecord);
    const [exported] = createNotesExport([], EXPORTED_AT, undefined, [article]).articles;
    expect(Object.keys(exported!)).toEqual(['url', 'title', 'site', 'date', 'events']);
    expect(Object.keys(exported!.events[0]!)).toEqual([...EVENT_FIELDS]);
    expect(Object.keys(exported!.events[0]!.parties[0]!)).toEqual([...PARTY_FIELDS]);
    expect(exported!.events[0]).not.toBe(article.events![0]);
    expect(exported!.events[0]!.amounts).not.toBe(article.events![0]!.amounts);
    expect(ARTICLE_FIELDS).toEqual(['url', 'canonicalUrl', 'title', 'site', 'date', 'events']);
  });

  it('leaves out articles without a brief or without a web address, and a date that is no day', () => {
    const data = createNotesExport([], EXPORTED_AT, undefined, [
      sampleArticle({ date: undefined, events: undefined }),
      sampleArticle({ url: 'file:///tmp/a.html' }),
      sampleArticle({ url: 'https://c.example.cn/', date: '2019-02-30', events: [] }),
      sampleArticle({ url: 'https://d.example.cn/', date: '2019-02-30' }),
    ]);
    expect(data.articles.map((a) => a.url)).toEqual(['https://d.example.cn/']);
    expect(data.articles[0]).not.toHaveProperty('date');
  });

  it('writes events as the reading history keeps them: damaged ones dropped, text cut to its limits', () => {
    const damaged = { kind: 'party', amounts: [], parties: [], sentence: 'x' } as never;
    const long = sampleSigning({ sentence: '签'.repeat(700), what: '' });
    const [exported] = createNotesExport([], EXPORTED_AT, undefined, [
      sampleArticle({ events: [damaged, long] }),
    ]).articles;
    expect(exported!.events).toHaveLength(1);
    expect(exported!.events[0]!.sentence).toHaveLength(600);
    expect(exported!.events[0]).not.toHaveProperty('what');
    expect(parseNotesImport(serializeNotesExport(createNotesExport([], EXPORTED_AT, undefined, [exported!]))).ok).toBe(
      true,
    );
  });

  it('writes a canonical address only when it is another web address', () => {
    const urls = (canonicalUrl: string) => canonicalArticle(sampleArticle({ canonicalUrl })).canonicalUrl;
    expect(urls('https://www.example.cn/news/hongqiao.html')).toBeUndefined();
    expect(urls('')).toBeUndefined();
    expect(urls('javascript:alert(1)')).toBeUndefined();
    expect(urls('https://www.example.cn/amp#x')).toBeUndefined();
    expect(urls('https://www.example.cn/amp')).toBe('https://www.example.cn/amp');
  });
});

describe('parseNotesImport reads layout 4 files', () => {
  it('reads the notes, the reader layer and the articles, in file order', () => {
    expect(parseNotesImport(LAYOUT_4_FILE)).toEqual({
      ok: true,
      format: 'json',
      notes: [],
      readerLayer: NO_READER_LAYER,
      articles: EXPECTED_ARTICLES,
    });
    const reversed = parseNotesImport(fileWith((file) => file.articles.reverse()));
    expect(reversed.ok && reversed.articles.map((a) => a.url)).toEqual([
      'https://www.example.cn/news/hongqiao.html',
      'https://news.example.cn/a.html',
    ]);
  });

  it('export → import into a fresh profile → export is byte for byte the same but for exportedAt', () => {
    const notes = [sampleNote()];
    const first = serializeNotesExport(createNotesExport(notes, EXPORTED_AT, undefined, sampleArticles()));
    const imported = parseNotesImport(first);
    if (!imported.ok) throw new Error(imported.error);
    const second = serializeNotesExport(
      createNotesExport(imported.notes, LATER, imported.readerLayer, imported.articles),
    );
    expect(second.replace(LATER.toISOString(), EXPORTED_AT.toISOString())).toBe(first);
    // Through the records a fresh profile would store, too.
    const records = imported.articles.map((a) => articleRecordFromImport(a, LATER.toISOString()));
    expect(serializeNotesExport(createNotesExport(imported.notes, EXPORTED_AT, imported.readerLayer, records))).toBe(
      first,
    );
  });

  it('returns fresh plain objects with their fields in export order', () => {
    const result = parseNotesImport(
      fileWith((file) => {
        file.articles = file.articles.map((a) =>
          reversedKeys({
            ...a,
            events: a.events.map((e) => reversedKeys({ ...e, parties: e.parties.map(reversedKeys) })),
          }),
        );
      }),
    );
    if (!result.ok) throw new Error(result.error);
    expect(result.articles).toEqual(EXPECTED_ARTICLES);
    for (const article of result.articles) {
      expect(Object.getPrototypeOf(article)).toBe(Object.prototype);
      expect(Object.keys(article)).toEqual(Object.keys(canonicalArticle(article)));
      for (const event of article.events) {
        expect(Object.keys(event)).toEqual(EVENT_FIELDS.filter((f) => f in event));
        for (const party of event.parties) expect(Object.keys(party)).toEqual([...PARTY_FIELDS]);
      }
    }
  });

  it('reads a canonical address equal to the url as none', () => {
    const result = parseNotesImport(
      fileWith((file) => (file.articles[1]!['canonicalUrl'] = 'https://www.example.cn/news/hongqiao.html')),
    );
    expect(result.ok && result.articles[1]).toEqual(EXPECTED_ARTICLES[1]);
  });

  it('answers no articles for layout 3, 2 and 1 files, which still import', () => {
    for (const version of [3, 2, 1]) {
      const text = fileWith((file) => {
        file['version'] = version;
        delete (file as Json)['articles'];
        if (version < 3) delete (file as Json)['readerLayer'];
      });
      expect(parseNotesImport(text)).toEqual({
        ok: true,
        format: 'json',
        notes: [],
        readerLayer: NO_READER_LAYER,
        articles: [],
      });
    }
  });

  it('drops __proto__, constructor and prototype keys inside the articles, touching no prototype', () => {
    const text = LAYOUT_4_FILE.replace(
      '"url": "https://news.example.cn/a.html",',
      '"__proto__": { "polluted": true }, "constructor": { "prototype": { "polluted": true } }, "url": "https://news.example.cn/a.html",',
    ).replace('"kind": "meeting",', '"kind": "meeting", "__proto__": { "date": "2019-01-01" },');
    expect(text).not.toBe(LAYOUT_4_FILE);
    expect(parseNotesImport(text)).toEqual(parseNotesImport(LAYOUT_4_FILE));
    expect(({} as Json)['polluted']).toBeUndefined();
    expect(({} as Json)['date']).toBeUndefined();
  });
});

/** Every bad article list, with the whole sentence the reader must be told. */
const DAMAGED = 'The part of this notes export with the article briefs (articles) is damaged.';
const A1 = 'Article 1 (url “https://news.example.cn/a.html”)';
const A2 = 'Article 2 (url “https://www.example.cn/news/hongqiao.html”)';
const BAD_ARTICLES: [string, string, string][] = [
  [
    'no articles in a layout 4 file',
    fileWith((f) => delete (f as Json)['articles']),
    'This notes export is damaged: the list of article briefs (articles) is missing.',
  ],
  [
    'articles in a layout 3 file',
    fileWith((f) => (f['version'] = 3)),
    'This notes export is damaged: the field “articles” is not one District Lens knows.',
  ],
  [
    'articles that are not a list',
    fileWith((f) => ((f as Json)['articles'] = {})),
    `${DAMAGED} The list of article briefs (articles) must be a list, not an object.`,
  ],
  [
    'an article that is text',
    fileWith((f) => ((f.articles as unknown[])[1] = 'hongqiao')),
    `${DAMAGED} Article 2 must be an object with url, title, site and events, not the text “hongqiao”.`,
  ],
  [
    'an article without events',
    fileWith((f) => delete (f.articles[0] as Json)['events']),
    `${DAMAGED} ${A1}: the event list (events) is missing.`,
  ],
  [
    'an article with an unknown field',
    fileWith((f) => (f.articles[1]!['firstSeen'] = '2026-11-30T08:00:00.000Z')),
    `${DAMAGED} ${A2}: the field “firstSeen” is not one District Lens knows.`,
  ],
  [
    'an address that runs a script',
    fileWith((f) => (f.articles[1]!['url'] = 'javascript:alert(1)')),
    `${DAMAGED} Article 2 (url “javascript:alert(1)”): the page address (url) must be a web address starting with http:// or https://, not the text “javascript:alert(1)”.`,
  ],
  [
    'an address with a fragment',
    fileWith((f) => (f.articles[1]!['url'] = 'https://www.example.cn/news/hongqiao.html#p2')),
    `${DAMAGED} Article 2 (url “https://www.example.cn/news/hongqiao.html#p2”): the page address (url) must be the article’s address without a #fragment.`,
  ],
  [
    'a site that is not the address’s',
    fileWith((f) => (f.articles[1]!['site'] = 'evil.example')),
    `${DAMAGED} ${A2}: the site (site) must be the host name of the page address, “www.example.cn”, not the text “evil.example”.`,
  ],
  [
    'a date that is no day',
    fileWith((f) => (f.articles[1]!['date'] = '2019-02-30')),
    `${DAMAGED} ${A2}: the article’s date (date) must be a day written as YYYY-MM-DD, such as 2019-06-04, not the text “2019-02-30”.`,
  ],
  [
    'a date in another spelling',
    fileWith((f) => (f.articles[1]!['date'] = '2019年6月4日')),
    `${DAMAGED} ${A2}: the article’s date (date) must be a day written as YYYY-MM-DD, such as 2019-06-04, not the text “2019年6月4日”.`,
  ],
  [
    'an article without a brief',
    fileWith((f) => (f.articles[0]!.events = [])),
    `${DAMAGED} ${A1} has neither a date (date) nor an event (events); the file holds only articles with a brief.`,
  ],
  [
    'two articles with one url',
    fileWith((f) => (f.articles[1]!['url'] = 'https://news.example.cn/a.html')),
    `${DAMAGED} Article 2 (url “https://news.example.cn/a.html”): the site (site) must be the host name of the page address, “news.example.cn”, not the text “www.example.cn”.`,
  ],
  [
    'two articles with one url and site',
    fileWith((f) => {
      f.articles[1]!['url'] = 'https://news.example.cn/a.html';
      f.articles[1]!['site'] = 'news.example.cn';
    }),
    `${DAMAGED} Articles 1 and 2 have the same url “https://news.example.cn/a.html”; every article in a file needs its own, so this file cannot be imported as it is.`,
  ],
  [
    'an event of an unknown kind',
    fileWith((f) => (f.articles[1]!.events[1]!['kind'] = 'party')),
    `${DAMAGED} ${A2}, event 2: the kind (kind) must be one of signing, visit, meeting, opening, appointment, not the text “party”.`,
  ],
  [
    'an event that is a number',
    fileWith((f) => (f.articles[1]!.events[0] = 7 as unknown as Json & { parties: Json[] })),
    `${DAMAGED} ${A2}, event 1 must be an object with kind, amounts, parties and sentence, not the number 7.`,
  ],
  [
    'an event date that is no day',
    fileWith((f) => (f.articles[1]!.events[0]!['date'] = '5月28日')),
    `${DAMAGED} ${A2}, event 1: the event’s date (date) must be a day written as YYYY-MM-DD, such as 2019-06-04, not the text “5月28日”.`,
  ],
  [
    'an event with an empty what',
    fileWith((f) => (f.articles[1]!.events[0]!['what'] = '')),
    `${DAMAGED} ${A2}, event 1: what was signed (what) must not be empty.`,
  ],
  [
    'an event without parties',
    fileWith((f) => (f.articles[1]!.events[0]!.parties = [])),
    `${DAMAGED} ${A2}, event 1: the party list (parties) must name at least one party.`,
  ],
  [
    'an amount that is a number',
    fileWith((f) => (f.articles[1]!.events[0]!['amounts'] = [50])),
    `${DAMAGED} ${A2}, event 1: item 1 of the amounts (amounts) must be text, not the number 50.`,
  ],
  [
    'a sentence over its limit',
    fileWith((f) => (f.articles[1]!.events[0]!['sentence'] = '签'.repeat(601))),
    `${DAMAGED} ${A2}, event 1: the sentence (sentence) must be at most 600 characters long; it has 601.`,
  ],
  [
    'an event with an unknown field',
    fileWith((f) => (f.articles[1]!.events[0]!['trigger'] = { start: 0, end: 2 })),
    `${DAMAGED} ${A2}, event 1: the field “trigger” is not one District Lens knows.`,
  ],
  [
    'a party of an unknown role',
    fileWith((f) => (f.articles[1]!.events[0]!.parties[1]!['role'] = 'guest')),
    `${DAMAGED} ${A2}, event 1, party 2: the role (role) must be one of side, visitor, visited, speaker, host, opened, unveiler, appointee, office, not the text “guest”.`,
  ],
  [
    'a party of an unknown type',
    fileWith((f) => (f.articles[1]!.events[0]!.parties[0]!['type'] = 'company')),
    `${DAMAGED} ${A2}, event 1, party 1: the entity type (type) must be one of official, person, city, platform, region, not the text “company”.`,
  ],
  [
    'a party without a name',
    fileWith((f) => delete f.articles[1]!.events[0]!.parties[0]!['name']),
    `${DAMAGED} ${A2}, event 1, party 1: the name (name) is missing.`,
  ],
  [
    'a party that is null',
    fileWith((f) => (f.articles[1]!.events[0]!.parties[0] = null as unknown as Json)),
    `${DAMAGED} ${A2}, event 1, party 1 must be an object with entityId, name, type and role, not null.`,
  ],
];

describe('parseNotesImport refuses a layout 4 file with a bad article, whole', () => {
  it.each(BAD_ARTICLES)('%s', (_name, text, error) => {
    expect(parseNotesImport(text)).toEqual({ ok: false, error });
    expect(error).toMatch(/^[A-Z].*\.$/s);
    expect(error).not.toMatch(/Invalid (type|key)|Expected|Unexpected|SyntaxError/);
  });

  it('checks the notes and the reader layer first, then the articles', () => {
    const text = fileWith((f) => {
      f['notes'] = [{ ...sampleNote(), body: '' }];
      f.articles[0]!['site'] = '';
    });
    expect(errorOf(text)).toBe('Note 1 (id “n1”): the note text (body) must not be empty.');
  });

  it('refuses more articles than the cap before looking at them', () => {
    expect(readExportedArticles(new Array(4).fill(null), 3)).toEqual({
      ok: false,
      error: 'The file holds 4 article briefs; District Lens imports at most 3 from one file.',
    });
    expect(readExportedArticles(JSON.parse(LAYOUT_4_FILE).articles as unknown, 2)).toMatchObject({ ok: true });
  });

  it('refuses more events, parties or amounts than the reading history keeps', () => {
    const many = <T>(n: number, item: T) => Array.from({ length: n }, () => structuredClone(item));
    expect(errorOf(fileWith((f) => (f.articles[0]!.events = many(101, f.articles[0]!.events[0]!))))).toBe(
      `${DAMAGED} ${A1}: the event list (events) must hold at most 100 events; it has 101.`,
    );
    expect(
      errorOf(fileWith((f) => (f.articles[0]!.events[0]!.parties = many(21, f.articles[0]!.events[0]!.parties[0]!)))),
    ).toBe(`${DAMAGED} ${A1}, event 1: the party list (parties) must hold at most 20 parties; it has 21.`);
    expect(errorOf(fileWith((f) => (f.articles[0]!.events[0]!['amounts'] = many(11, '1亿元'))))).toBe(
      `${DAMAGED} ${A1}, event 1: the amounts (amounts) must hold at most 10 amounts; it has 11.`,
    );
  });

  it('refuses every truncation of a layout 4 file', () => {
    const text = LAYOUT_4_FILE.trimEnd();
    for (let end = 0; end < text.length; end += 3) {
      expect(parseNotesImport(text.slice(0, end)).ok, `cut at ${end}`).toBe(false);
    }
  });
});

describe('what importing articles does to the reading history (pure)', () => {
  const STAMP = '2027-05-01T08:00:00.000Z';
  const [other, hongqiao] = EXPECTED_ARTICLES as [ExportedArticle, ExportedArticle];

  it('adds an article not in the history, with the import time as its reading times', () => {
    expect(articleRecordFromImport(other, STAMP)).toEqual({
      url: 'https://news.example.cn/a.html',
      canonicalUrl: 'https://www.example.cn/a',
      title: '第二篇',
      site: 'news.example.cn',
      firstSeen: STAMP,
      lastSeen: STAMP,
      events: [sampleMeeting()],
    });
    expect(articleRecordFromImport(hongqiao, STAMP).canonicalUrl).toBe(hongqiao.url);
  });

  it('fills in a missing date or missing events, never overwriting what a visit recorded', () => {
    const bare = sampleArticle({ date: undefined, events: undefined, title: '读者的标题' });
    expect(withImportedBrief(bare, hongqiao)).toEqual({ ...bare, date: '2019-06-04', events: hongqiao.events });
    const dated = sampleArticle({ date: '2019-06-05', events: [] });
    expect(withImportedBrief(dated, hongqiao)).toEqual({ ...dated, events: hongqiao.events });
    const full = sampleArticle({ date: '2019-06-05', events: [sampleMeeting()] });
    expect(withImportedBrief(full, hongqiao)).toBeUndefined();
    expect(withImportedBrief(sampleArticle({ date: undefined }), { ...hongqiao, date: undefined })).toBeUndefined();
    expect(bare).toEqual(sampleArticle({ date: undefined, events: undefined, title: '读者的标题' }));
  });

  it('previews added, briefed and unchanged articles by url, in file order', () => {
    const history = [
      sampleArticle({ date: undefined, events: undefined }),
      sampleArticle({ url: 'https://news.example.cn/a.html', events: [sampleSigning()] }),
    ];
    const preview = previewArticleImport(history, [...EXPECTED_ARTICLES, { ...other, url: 'https://new.example.cn/' }]);
    expect(preview.added.map((a) => a.url)).toEqual(['https://new.example.cn/']);
    expect(preview.briefed.map((b) => b.after)).toEqual([
      { ...history[0], date: '2019-06-04', events: hongqiao.events },
    ]);
    expect(preview.unchanged).toEqual([other]);
    expect(previewArticleImport(history, [other, other]).unchanged).toHaveLength(1);
  });
});

describe('countArticleBriefs', () => {
  it('counts the articles with a date or events, each url once', () => {
    const [dated, eventsOnly, none] = sampleArticles();
    expect(countArticleBriefs([dated!, eventsOnly!, none!])).toBe(2);
    expect(countArticleBriefs([dated!, dated!])).toBe(1);
    expect(countArticleBriefs([{ url: 'u', date: undefined, events: [] }])).toBe(0);
    expect(countArticleBriefs([])).toBe(0);
  });
});
