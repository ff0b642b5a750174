# The privacy officer searches the log; parents get their child's access
# overview; nobody else reads the log; reading it is logged too.
lotte=$(sqlq "SELECT id FROM children WHERE given_name = 'Lotte'")
req GET /privacy/logboek casemanager
check "only the privacy officer reads the log" status_is 403
req GET "/izp/$(sqlq "SELECT id FROM care_plans WHERE child_id = $lotte")" kinderarts
n=$(audit_count)
req GET "/privacy/logboek?patient_id=$lotte&user=kinderarts" privacy
check "log search: 200" status_is 200
check "log search finds the pediatrician's read" body_has "dr. Pieter Proef (kinderarts)"
check "log search is itself logged" [ "$(last_audit "CONCAT(action,'/',outcome,'/',object_type,'/',patient_id,'/',user_name)")/$(( $(audit_count) - n ))" = "search/success/audit_log/$lotte/privacy/1" ]
req GET "/privacy/logboek?patient_id=$lotte" privacy -H 'Accept: application/xml'
check "log XML validates" valid_xml
check "log XML has NEN 7513 fields" body_has 'client-address="127.0.0.1"'
req GET "/privacy/logboek?from=2026-02-30" privacy
check "impossible date in a search: 400" status_is 400
check "impossible date in a search: Dutch" body_has "Deze datum bestaat niet."
req GET "/privacy/logboek?from=2026-03-01&to=2026-02-01" privacy
check "period the wrong way round: 400" status_is 400
check "period message" body_has "De einddatum ligt vóór de begindatum."
req GET "/privacy/logboek?user=%3Cscript%3E" privacy
check "hostile search term shown inert" body_lacks "<script>"
req GET "/privacy/kinderen/$lotte/inzage" privacy
check "access overview for the parents" body_has "Wie heeft het dossier van Lotte Demo (fictief)"
check "overview lists who looked" body_has "<td>dr. Pieter Proef</td>"
req GET "/privacy/kinderen/$lotte/inzage" privacy -H 'Accept: application/xml'
check "overview XML validates" valid_xml
check "overview lists this child's events only" [ "$(grep -o 'patient-id="[0-9]*"' "$out/body" | grep -vc "patient-id=\"$lotte\"")" = 0 ]
req GET /privacy/kinderen/987654/inzage privacy
check "overview of an unknown child: 404" status_is 404
