"""The contact directory file as its first release wrote it (version 1: no notes, tags, uid or search column):
what users may still have on disk, for the migration tests of the directory and of the library."""

V1_SCHEMA = """
CREATE TABLE contacts (
    id INTEGER PRIMARY KEY,
    name_zh TEXT NOT NULL DEFAULT '', name_en TEXT NOT NULL DEFAULT '',
    title_zh TEXT NOT NULL DEFAULT '', title_en TEXT NOT NULL DEFAULT '',
    unit_zh TEXT NOT NULL DEFAULT '', unit_en TEXT NOT NULL DEFAULT '',
    office_phone TEXT NOT NULL DEFAULT '', mobile TEXT NOT NULL DEFAULT '', email TEXT NOT NULL DEFAULT '',
    print_office_phone INTEGER NOT NULL DEFAULT 1, print_mobile INTEGER NOT NULL DEFAULT 0,
    updated_at TEXT NOT NULL
);
INSERT INTO contacts VALUES (7, '王小明', 'Wang Hsiao-ming', '新聞科科長', 'Section Chief', '中小企業署', 'SMEA',
    '02-2366-1234', '0912-345-678', 'wang@sme.gov.tw', 1, 0, '2024-05-01T08:00:00.000000Z');
INSERT INTO contacts VALUES (9, '陳美玲', 'Chen Mei-ling', '發言人', 'Spokesperson', '經濟部', 'MOEA',
    '02-2321-2200', '', 'mlchen@moea.gov.tw', 0, 1, '2024-05-02T08:00:00.000000Z');
PRAGMA user_version = 1;
"""
