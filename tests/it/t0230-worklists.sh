# Werklijsten: only children the user may see; each list finds what it
# should; ?lijst= filters; XML too; reading them is audited.
noor=$(sqlq "SELECT id FROM children WHERE given_name = 'Noor'")
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
sem=$(sqlq "SELECT id FROM children WHERE given_name = 'Sem'")
req GET /werklijsten kinderarts
check "worklists: 200" status_is 200
check "every list is there" [ "$(grep -o 'class="plan-goals worklist"' "$out/body" | wc -l)" = 7 ]
check "worklists audited as a search" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type)")" = "search/success/worklist" ]
req GET "/werklijsten.xml?lijst=behandelgrenzen" kinderarts
check "worklists XML valid" valid_xml
check "filter: only the limit lists" [ "$(grep -o '<worklist ' "$out/body" | wc -l)" = 2 ]
check "Noor's limit not discussed for 8 months" body_has "child-id=\"$noor\" given-name=\"Noor\""
req GET "/werklijsten.xml?lijst=volgende-stap" kinderarts
check "Lotte's plan has no next step" body_has "child-id=\"$lotte\""
check "Sem's plan has one" body_lacks "child-id=\"$sem\""
req GET "/werklijsten.xml?lijst=termijn" verpleegkundige
check "children without a current IZP near or past the term" body_has 'name="deadline"'
check "Noor (no IZP, overdue) is on it" body_has "child-id=\"$noor\""
check "Sem (current IZP) is not" body_lacks "child-id=\"$sem\""
req GET "/werklijsten.xml?lijst=evaluaties" casemanager
check "evaluations list answers" body_has 'name="evaluation-due"'
req GET "/werklijsten?lijst=onzin" kinderarts
check "unknown list: 400" status_is 400
check "unknown list: Dutch" body_has "Deze werklijst bestaat niet."
req GET /werklijsten.xml privacy
check "a user without grants sees nobody" body_lacks "given-name="
req POST /werklijsten kinderarts
check "worklists are GET only" status_is 405
# A hoofdbehandelaar who left: the plan shows up until someone takes over.
sqlq "UPDATE users SET active = FALSE WHERE username = 'kinderarts2'"
req GET "/werklijsten.xml?lijst=verantwoordelijken" casemanager
check "plan of an inactive hoofdbehandelaar listed" body_has "child-id=\"$sem\""
check "and says who" body_has 'hoofdbehandelaar-active="0"'
sqlq "UPDATE users SET active = TRUE WHERE username = 'kinderarts2'"
req GET "/werklijsten.xml?lijst=verantwoordelijken" casemanager
check "active again: not listed" body_lacks "child-id=\"$sem\""
