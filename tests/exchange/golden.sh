#!/usr/bin/env bash
# Golden files of the three messages for the demo children: each model in
# tests/exchange/golden/*.model.xml (a plan's XML as the message programs
# build it) through xslt/fhir, xslt/ada and xslt/nhg must give exactly the
# stored *.fhir.xml, *.ada.xml and *.nhg.xml, and each of those must be
# valid: FHIR by tests/fhir/validate.js, every ADA registration by its
# Nictiz schema, NHG by xslt/nhg/izp-nhg.xsd.  A change to a stylesheet
# shows here as a diff; after reading it, `golden.sh --update` stores the
# new output.
set -u
cd "$(dirname "$0")/../.."
dir=tests/exchange/golden
schemas=${ADA_SCHEMAS:-../shared/standards/nictiz-ada-zib2020}
update=0; [ "${1:-}" = --update ] && update=1
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
failed=0 passed=0
ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL [golden] $*" >&2; }

for model in "$dir"/*.model.xml; do
  name=$(basename "$model" .model.xml)
  for format in fhir ada nhg; do
    expected=$dir/$name.$format.xml
    if ! xsltproc "xslt/$format/izp.xsl" "$model" >"$work/$name.$format.xml"; then
      bad "$name: $format stylesheet failed"; continue
    fi
    [ $update = 1 ] && cp "$work/$name.$format.xml" "$expected"
    if diff -u "$expected" "$work/$name.$format.xml" >"$work/diff"; then ok
    else bad "$name: $format differs from $expected"; head -40 "$work/diff" >&2; fi
  done
  if node tests/fhir/validate.js "$dir/$name.fhir.xml" >"$work/fhir.log" 2>&1; then ok
  else bad "$name: FHIR golden file invalid"; cat "$work/fhir.log" >&2; fi
  for r in patient_registratie contactpersoon_registratie zorgverlener_registratie \
      behandel_aanwijzing2_registratie wilsverklaring_registratie \
      behandeldoel_registratie zorg_afspraak_registratie; do
    if xmllint --xpath "/adaxml/data/$r" "$dir/$name.ada.xml" >"$work/part.xml" 2>/dev/null &&
       xmllint --noout --schema "$schemas/$r.xsd" "$work/part.xml" 2>"$work/ada.log"; then ok
    else bad "$name: ADA $r invalid"; head -5 "$work/ada.log" >&2; fi
  done
  if xmllint --noout --schema xslt/nhg/izp-nhg.xsd "$dir/$name.nhg.xml" 2>"$work/nhg.log"; then ok
  else bad "$name: NHG golden file invalid"; head -5 "$work/nhg.log" >&2; fi
done
echo "golden: $passed passed, $failed failed"
[ $failed = 0 ]
