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
 (7, 'privacy', 'Petra Privacy', 'privacy', 'Demo Kinderziekenhuis', '010-0000007'),
 (8, 'beheerder', 'Bert Beheer', 'beheerder', 'Demo Kinderziekenhuis', '010-0000008'),
 (9, 'hapdokter', 'dr. Hanna Nacht', 'hap_arts', 'Huisartsenpost Demostad', '0900-0000099');

INSERT INTO teams (id, name, kind) VALUES
 (1, 'KCT Demostad', 'kct'),
 (2, 'Huisartsenpraktijk De Proeftuin', 'huisartsenpraktijk'),
 (3, 'KCT Elders', 'kct'),
 (4, 'Huisartsenpost Demostad', 'huisartsenpost');

INSERT INTO team_members (team_id, user_id) VALUES
 (1, 1), (1, 3), (2, 4), (3, 6), (4, 9);

INSERT INTO children (id, given_name, family_name, birth_date, bsn, diagnosis,
  diagnosis_date, registration_kind, registration_org, registration_date,
  gp_name, gp_practice, gp_phone, gp_agb, hap_name, hap_phone, changed_by,
  change_reason) VALUES
 (1, 'Noor', 'Testkind (fictief)', CURDATE() - INTERVAL 7 YEAR, '111222333',
  'Duchenne spierdystrofie', CURDATE() - INTERVAL 2 YEAR, 'KCT', 'KCT Demostad',
  CURDATE() - INTERVAL 10 WEEK, 'Henk Fictief', 'Huisartsenpraktijk De Proeftuin',
  '010-0000004', '01999991', 'Huisartsenpost Demostad', '0900-0000099', 1,
  'Demo: geregistreerd, nog geen IZP, termijn verstreken'),
 (2, 'Daan', 'Voorbeeld (fictief)', CURDATE() - INTERVAL 4 YEAR, NULL,
  'Neuroblastoom stadium 4', CURDATE() - INTERVAL 7 WEEK, 'NIK', 'NIK Demoregio',
  CURDATE() - INTERVAL 7 WEEK, NULL, NULL, NULL, NULL, NULL, NULL, 1,
  'Demo: termijn verloopt binnenkort'),
 (3, 'Lotte', 'Demo (fictief)', CURDATE() - INTERVAL 11 YEAR, '123456782',
  'Cystische fibrose, terminale fase', CURDATE() - INTERVAL 9 YEAR, 'KCT',
  'KCT Demostad', CURDATE() - INTERVAL 3 WEEK, 'Henk Fictief',
  'Huisartsenpraktijk De Proeftuin', '010-0000004', '01999991',
  'Huisartsenpost Demostad', '0900-0000099', 1, 'Demo: concept-IZP'),
 (4, 'Sem', 'Proefpersoon (fictief)', CURDATE() - INTERVAL 14 YEAR, NULL,
  'Osteosarcoom met longmetastasen', CURDATE() - INTERVAL 1 YEAR, 'KCT',
  'KCT Demostad', CURDATE() - INTERVAL 20 WEEK, 'Henk Fictief',
  'Huisartsenpraktijk De Proeftuin', '010-0000004', '01999991',
  'Huisartsenpost Demostad', '0900-0000099', 1, 'Demo: actueel IZP'),
 (5, 'Eva', 'Fictief', CURDATE() - INTERVAL 2 YEAR, NULL,
  'Spinale musculaire atrofie type 1', CURDATE() - INTERVAL 2 WEEK, NULL, NULL,
  NULL, NULL, NULL, NULL, NULL, NULL, NULL, 1, 'Demo: pas gediagnosticeerd');

INSERT INTO care_plans (child_id, status, hoofdbehandelaar_id, casemanager_id,
  drawn_up_by, child_participated, child_absent_reason, parents_present,
  policy_goal, policy_goal_on, policy_goal_note,
  created_at, activated_at, activated_by, changed_by, change_reason) VALUES
 (3, 'concept', 2, 3, 1, 'ja', NULL, 'Moeder en vader', NULL, NULL, NULL,
  NOW(3) - INTERVAL 5 DAY, NULL, NULL, 1, 'Demo: nieuw IZP'),
 (4, 'actueel', 5, 3, 1, 'nee', 'Sem was te moe voor het gesprek; later met hem besproken.',
  'Moeder', 'symptoomgericht', CURDATE() - INTERVAL 30 DAY,
  'Comfort gaat voor; geen chemotherapie meer.',
  NOW(3) - INTERVAL 60 DAY, NOW(3) - INTERVAL 59 DAY, 5, 1, 'Demo: nieuw IZP');

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
 (5, 2, NULL, 'ouder', 'Moeder van Eva', 1, NOW(3) - INTERVAL 2 WEEK),
 (1, NULL, 4, 'ouder', 'Moeder van Noor', 1, NOW(3) - INTERVAL 9 WEEK),
 (4, NULL, 4, 'kind', 'Sem zelf', 1, NOW(3) - INTERVAL 20 WEEK);

-- Sem (14, plan 2): the palliative content, so the spoedoverzicht and the
-- worklists show real cases.  Noor has an old limit (no plan yet) to show
-- the "not discussed for months" warning; Lotte and Eva have none.
INSERT INTO representatives (child_id, name, relation, has_authority, phone,
  phone_other, created_by, created_at, changed_by, change_reason) VALUES
 (4, 'Anja Proefpersoon (fictief)', 'moeder', TRUE, '06-00000041', NULL, 1,
  NOW(3) - INTERVAL 50 DAY, 1, 'Demo'),
 (4, 'Bart Proefpersoon (fictief)', 'vader', TRUE, '06-00000042',
  '010-0000042', 1, NOW(3) - INTERVAL 50 DAY, 1, 'Demo');
-- A copy of the children: the triggers on treatment_limits update children,
-- which a statement reading children may not.
CREATE TEMPORARY TABLE demo_children AS SELECT id, birth_date FROM children;
INSERT INTO treatment_limits (child_id, treatment, ventilation_scope, decision,
  decision_detail, discussed_on, age_at_agreement, party_child, party_parents,
  party_caregiver, comment, created_by, created_at, changed_by, change_reason)
SELECT c.id, l.treatment, IF(l.treatment = '40617009', 'invasief', NULL),
  l.decision, l.detail, l.discussed_on,
  TIMESTAMPDIFF(YEAR, c.birth_date, l.discussed_on), l.party_child, TRUE, TRUE,
  l.comment, l.by_user, NOW(3) - INTERVAL l.days DAY, l.by_user, 'Demo'
FROM demo_children c JOIN (
  SELECT 4 AS child, '89666000' AS treatment, 'niet' AS decision,
    NULL AS detail, CURDATE() - INTERVAL 30 DAY AS discussed_on,
    TRUE AS party_child,
    'Sem wil niet gereanimeerd worden; ouders steunen dit.' AS comment,
    5 AS by_user, 30 AS days
  UNION ALL SELECT 4, '305351004', 'niet', NULL, CURDATE() - INTERVAL 30 DAY,
    TRUE, NULL, 5, 30
  UNION ALL SELECT 1, '40617009', 'anders',
    'Wel zuurstof en high flow, geen intubatie.',
    CURDATE() - INTERVAL 8 MONTH, FALSE, NULL, 2, 240) l ON l.child = c.id;
DROP TEMPORARY TABLE demo_children;
INSERT INTO crisis_medications (id, child_id, medicine, dose, route, situation,
  give_when, maximum, prescribed_on, created_by, created_at, changed_by,
  change_reason) VALUES
 (1, 4, 'midazolam', '5 mg', 'buccaal', 'bloeding',
  'Bij een grote bloeding, zodat Sem rustig wordt; na 10 minuten eenmaal herhalen als hij nog onrustig is',
  '2 keer per 24 uur', CURDATE() - INTERVAL 30 DAY, 5,
  NOW(3) - INTERVAL 30 DAY, 5, 'Demo');
INSERT INTO crisis_plans (id, plan_id, situation, starts_when, created_by,
  created_at, changed_by, change_reason) VALUES
 (1, 2, 'bloeding', 'Bloed uit mond of neus dat na 5 minuten drukken niet stopt', 5, NOW(3) - INTERVAL 30 DAY, 5, 'Demo');
INSERT INTO crisis_steps (crisis_plan_id, position, action, actor, medication_id) VALUES
 (1, 1, 'Blijf bij Sem, leg donkere handdoeken klaar.', 'Ouders', NULL),
 (1, 2, 'Geef midazolam in de wangzak (ligt in de koelkast).', 'Ouders', 1),
 (1, 3, 'Bel de casemanager, buiten kantoortijd de huisartsenpost.', 'Ouders', NULL),
 (1, 4, 'Geen ambulance voor opname: Sem wil thuis blijven.', 'Huisarts of HAP-arts', NULL);
INSERT INTO next_steps (plan_id, description, actor, due_on, created_by,
  created_at) VALUES
 (2, 'Gesprek met Sem en ouders over de wens om thuis te overlijden.',
  'Mirjam Model', CURDATE() + INTERVAL 14 DAY, 3, NOW(3) - INTERVAL 20 DAY);
INSERT INTO place_wishes (plan_id, kind, place, note, discussed_on,
  created_by, created_at) VALUES
 (2, 'overlijden', 'thuis', 'In zijn eigen kamer.', CURDATE() - INTERVAL 30 DAY,
  5, NOW(3) - INTERVAL 30 DAY);

-- Where the plans are delivered (tools/izp-export): the practice of the demo
-- children's GP, in the region of the demo HAP.  tools/izp-stack points the
-- outboxes into the stack's own folder.
INSERT INTO destinations (id, kind, agb, name, hap_id, team_id, formats, outbox,
  changed_by, change_reason) VALUES
 (1, 'huisartsenpost', '06999990', 'Huisartsenpost Demostad', NULL, 4, 'fhir',
  '/var/lib/izp/outbox/06999990', 8, 'Demo'),
 (2, 'huisartsenpraktijk', '01999991', 'Huisartsenpraktijk De Proeftuin', 1, 2,
  'nhg,ada', '/var/lib/izp/outbox/01999991', 8, 'Demo');

-- The family's door (issue 14): log-ins a caregiver linked, with password
-- demo in the local stack's htpasswd-family.  Noor's mother (Noor is 7, no
-- plan yet); Sem (14) and his mother Anja; Mila (13, just registered, no
-- plan yet) herself; Fleur (16, plan 3), who has not yet let her mother see
-- her plan, and that mother.
INSERT INTO children (id, given_name, family_name, birth_date, bsn, diagnosis,
  diagnosis_date, registration_kind, registration_org, registration_date,
  changed_by, change_reason) VALUES
 (6, 'Fleur', 'Jongvolwassen (fictief)', CURDATE() - INTERVAL 16 YEAR - INTERVAL 3 MONTH,
  NULL, 'Ewing-sarcoom, recidief', CURDATE() - INTERVAL 3 YEAR, 'KCT',
  'KCT Demostad', CURDATE() - INTERVAL 12 WEEK, 1, 'Demo: 16 jaar, beslist zelf'),
 (7, 'Mila', 'Tiener (fictief)', CURDATE() - INTERVAL 13 YEAR - INTERVAL 5 MONTH,
  NULL, 'Hersenstamglioom (DIPG)', CURDATE() - INTERVAL 3 WEEK, 'KCT',
  'KCT Demostad', CURDATE() - INTERVAL 1 WEEK, 1, 'Demo: 13 jaar, nog geen IZP');
INSERT INTO care_plans (id, child_id, status, hoofdbehandelaar_id, casemanager_id,
  drawn_up_by, child_participated, child_absent_reason, parents_present,
  policy_goal, policy_goal_on, policy_goal_note,
  created_at, activated_at, activated_by, changed_by, change_reason) VALUES
 (3, 6, 'actueel', 5, 3, 1, 'ja', NULL, 'Niemand: Fleur wilde het alleen bespreken',
  'symptoomgericht', CURDATE() - INTERVAL 20 DAY, 'Fleur wil zo lang mogelijk naar school.',
  NOW(3) - INTERVAL 40 DAY, NOW(3) - INTERVAL 39 DAY, 5, 1, 'Demo: nieuw IZP');
INSERT INTO goals (plan_id, dimension, description, serves, target_date,
  responsible_id, created_by, created_at, changed_by, change_reason) VALUES
 (3, 'sociaal', 'Fleur haalt haar examen.', 'Fleur wil zo lang mogelijk naar school',
  CURDATE() + INTERVAL 6 MONTH, 3, 5, NOW(3) - INTERVAL 39 DAY, 5, 'Demo');
INSERT INTO representatives (id, child_id, name, relation, has_authority, phone,
  phone_other, created_by, created_at, changed_by, change_reason) VALUES
 (101, 1, 'Marieke Testkind (fictief)', 'moeder', TRUE, '06-00000011', NULL, 1,
  NOW(3) - INTERVAL 10 WEEK, 1, 'Demo'),
 (102, 6, 'Ilse Jongvolwassen (fictief)', 'moeder', TRUE, '06-00000061', NULL, 1,
  NOW(3) - INTERVAL 12 WEEK, 1, 'Demo');
INSERT INTO family_accounts (login, child_id, kind, representative_id,
  linked_by, linked_at) VALUES
 ('ouder-noor', 1, 'vertegenwoordiger', 101, 3, NOW(3) - INTERVAL 9 WEEK),
 ('ouder-sem', 4, 'vertegenwoordiger', 1, 3, NOW(3) - INTERVAL 19 WEEK),
 ('sem', 4, 'kind', NULL, 3, NOW(3) - INTERVAL 19 WEEK),
 ('ouder-fleur', 6, 'vertegenwoordiger', 102, 3, NOW(3) - INTERVAL 11 WEEK),
 ('fleur', 6, 'kind', NULL, 3, NOW(3) - INTERVAL 11 WEEK),
 ('mila', 7, 'kind', NULL, 1, NOW(3) - INTERVAL 6 DAY);
