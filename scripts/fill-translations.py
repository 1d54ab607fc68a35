#!/usr/bin/env python3
"""Fill unfinished messages of a .ts file from the same source text translated
in another context (code moved to a new class keeps its tr() strings, but
lupdate files them under the new context as unfinished).

    scripts/fill-translations.py translations/runbook-assistant_de.ts [OLD.ts …]

Messages are taken from the file itself and from any older copies given."""
import copy
import sys
import xml.etree.ElementTree as ET


def translated(root):
    out = {}
    for msg in root.iter('message'):
        src = msg.findtext('source')
        tr = msg.find('translation')
        if src is None or tr is None or tr.get('type') in ('unfinished', 'obsolete', 'vanished'):
            continue
        if (tr.text or '').strip() or len(tr):
            out.setdefault((src, msg.get('numerus')), tr)
    return out


def main():
    path = sys.argv[1]
    tree = ET.parse(path)
    known = translated(tree.getroot())
    for old in sys.argv[2:]:
        for k, v in translated(ET.parse(old).getroot()).items():
            known.setdefault(k, v)
    filled = 0
    for msg in tree.getroot().iter('message'):
        tr = msg.find('translation')
        if tr is None or tr.get('type') != 'unfinished':
            continue
        donor = known.get((msg.findtext('source'), msg.get('numerus')))
        if donor is None:
            continue
        msg.remove(tr)
        msg.append(copy.deepcopy(donor))
        filled += 1
    with open(path, 'wb') as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding='utf-8', xml_declaration=False)
    print(f'{path}: filled {filled} message(s)')


if __name__ == '__main__':
    main()
