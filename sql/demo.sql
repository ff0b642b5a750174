-- Demo data: clearly fictional people in every state the start page knows.
-- Dates are relative to today so the 8-week deadline states stay true.
USE izp;

INSERT INTO users (id, username, display_name, role, organisation, phone) VALUES
 (1, 'verpleegkundige', 'Sanne Voorbeeld', 'verpleegkundige', 'KCT Demostad', '010-0000001'),
 (2, 'kinderarts', 'dr. Pieter Proef', 'kinderarts', 'Demo Kinderziekenhuis', '010-0000002'),
 (3, 'casemanager', 'Mirjam Model', 'casemanager', 'KCT Demostad', '06-00000003'),
 (4, 'huisarts', 'Henk Fictief', 'huisarts', 'Huisartsenpraktijk De Proeftuin', '010-0000004'),
 (5, 'kinderarts2', 'dr. Fatima Test', 'kinderarts', 'Demo Kinderziekenhuis', '010-0000005'),
 (6, 'verpleegkundige2', 'Ruben Elders', 'verpleegkundige', 'KCT Elders', '020-0000006'),
 (7, 'privacy', 'Petra Privacy', 'privacy', 'Demo Kinderziekenhuis', '010-0000007');

INSERT INTO teams (id, name, kind) VALUES
 (1, 'KCT Demostad', 'kct'),
 (2, 'Huisartsenpraktijk De Proeftuin', 'huisartsenpraktijk'),
 (3, 'KCT Elders', 'kct');

INSERT INTO team_members (team_id, user_id) VALUES
 (1, 1), (1, 3), (2, 4), (3, 6);

INSERT INTO children (id, given_name, family_name, birth_date, bsn, diagnosis,
  diagnosis_date, registration_kind, registration_org, registration_date,
  gp_name, gp_practice, gp_phone, changed_by, change_reason) VALUES
 (1, 'Noor', 'Testkind (fictief)', CURDATE() - INTERVAL 7 YEAR, '111222333',
  'Duchenne spierdystrofie', CURDATE() - INTERVAL 2 YEAR, 'KCT', 'KCT Demostad',
  CURDATE() - INTERVAL 10 WEEK, 'Henk Fictief', 'Huisartsenpraktijk De Proeftuin',
  '010-0000004', 1, 'Demo: geregistreerd, nog geen IZP, termijn verstreken'),
 (2, 'Daan', 'Voorbeeld (fictief)', CURDATE() - INTERVAL 4 YEAR, NULL,
  'Neuroblastoom stadium 4', CURDATE() - INTERVAL 7 WEEK, 'NIK', 'NIK Demoregio',
  CURDATE() - INTERVAL 7 WEEK, NULL, NULL, NULL, 1,
  'Demo: termijn verloopt binnenkort'),
 (3, 'Lotte', 'Demo (fictief)', CURDATE() - INTERVAL 11 YEAR, '123456782',
  'Cystische fibrose, terminale fase', CURDATE() - INTERVAL 9 YEAR, 'KCT',
  'KCT Demostad', CURDATE() - INTERVAL 3 WEEK, 'Henk Fictief',
  'Huisartsenpraktijk De Proeftuin', '010-0000004', 1, 'Demo: concept-IZP'),
 (4, 'Sem', 'Proefpersoon (fictief)', CURDATE() - INTERVAL 14 YEAR, NULL,
  'Osteosarcoom met longmetastasen', CURDATE() - INTERVAL 1 YEAR, 'KCT',
  'KCT Demostad', CURDATE() - INTERVAL 20 WEEK, 'Henk Fictief',
  'Huisartsenpraktijk De Proeftuin', '010-0000004', 1, 'Demo: actueel IZP'),
 (5, 'Eva', 'Fictief', CURDATE() - INTERVAL 2 YEAR, NULL,
  'Spinale musculaire atrofie type 1', CURDATE() - INTERVAL 2 WEEK, NULL, NULL,
  NULL, NULL, NULL, NULL, 1, 'Demo: pas gediagnosticeerd');

INSERT INTO care_plans (child_id, status, hoofdbehandelaar_id, casemanager_id,
  drawn_up_by, child_participated, child_absent_reason, parents_present,
  created_at, changed_by, change_reason) VALUES
 (3, 'concept', 2, 3, 1, 'ja', NULL, 'Moeder en vader', NOW(3) - INTERVAL 5 DAY,
  1, 'Demo: nieuw IZP'),
 (4, 'actueel', 5, 3, 1, 'nee', 'Sem was te moe voor het gesprek; later met hem besproken.',
  'Moeder', NOW(3) - INTERVAL 60 DAY, 1, 'Demo: nieuw IZP');

-- The families' decisions: KCT Demostad follows all demo children; the GP
-- practice sees Noor, Lotte and Sem; dr. Fatima Test (hoofdbehandelaar of
-- Sem) has access through the plan itself.  KCT Elders sees nobody here.
INSERT INTO access_grants (child_id, user_id, team_id, decided_by_kind,
  decided_by_name, entered_by, entered_at) VALUES
 (1, NULL, 1, 'ouder', 'Moeder van Noor', 1, NOW(3) - INTERVAL 10 WEEK),
 (2, NULL, 1, 'ouder', 'Vader van Daan', 1, NOW(3) - INTERVAL 7 WEEK),
 (3, NULL, 1, 'ouder', 'Ouders van Lotte', 1, NOW(3) - INTERVAL 3 WEEK),
 (4, NULL, 1, 'kind', 'Sem zelf', 1, NOW(3) - INTERVAL 20 WEEK),
 (5, NULL, 1, 'ouder', 'Moeder van Eva', 1, NOW(3) - INTERVAL 2 WEEK),
 (1, NULL, 2, 'ouder', 'Moeder van Noor', 1, NOW(3) - INTERVAL 9 WEEK),
 (3, NULL, 2, 'ouder', 'Ouders van Lotte', 1, NOW(3) - INTERVAL 3 WEEK),
 (4, NULL, 2, 'kind', 'Sem zelf', 1, NOW(3) - INTERVAL 20 WEEK),
 (1, 2, NULL, 'ouder', 'Moeder van Noor', 1, NOW(3) - INTERVAL 10 WEEK),
 (2, 2, NULL, 'ouder', 'Vader van Daan', 1, NOW(3) - INTERVAL 7 WEEK),
 (5, 2, NULL, 'ouder', 'Moeder van Eva', 1, NOW(3) - INTERVAL 2 WEEK);
