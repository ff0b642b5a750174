-- What a release-1 database holds after some months of use, on top of its
-- demo data: goals and agreements of Sem's plan (2), an amendment (a new
-- version replacing the old), an evaluation with its outcomes, a limit
-- ended and a corrected child (history rows), and audit rows of reads and
-- writes.  Written for the schema in release-1/schema.sql, as its programs
-- wrote it.
USE izp;

INSERT INTO goals (id, plan_id, description, dimension, serves, responsible_id,
  created_by, created_at, changed_by, change_reason) VALUES
 (1, 2, 'Sem heeft zo min mogelijk pijn', 'lichamelijk', 'Thuis kunnen blijven',
  5, 5, NOW(3) - INTERVAL 9 WEEK, 5, 'Nieuw doel'),
 (2, 2, 'Sem kan naar school zolang het gaat', 'sociaal', 'Contact met vrienden',
  3, 3, NOW(3) - INTERVAL 9 WEEK, 3, 'Nieuw doel');

INSERT INTO agreements (id, plan_id, goal_id, activity, party_child,
  party_parents, party_caregivers, performer, performer_id, start_date,
  end_date, evaluate_on, created_by, created_at, changed_by, change_reason)
VALUES
 (1, 2, 1, 'Morfine volgens pijnschema', 1, 1, 1, 'zorgverlener', 5,
  CURDATE() - INTERVAL 60 DAY, CURDATE() + INTERVAL 60 DAY,
  CURDATE() + INTERVAL 20 DAY, 5, NOW(3) - INTERVAL 8 WEEK, 5, 'Nieuwe afspraak'),
 (2, 2, 2, 'Halve dagen school, ophalen bij vermoeidheid', 1, 1, 0, 'ouders',
  NULL, CURDATE() - INTERVAL 50 DAY, NULL, CURDATE() + INTERVAL 20 DAY, 3,
  NOW(3) - INTERVAL 7 WEEK, 3, 'Nieuwe afspraak');

-- An amendment: the old version replaced, a new one in its place.
UPDATE agreements SET status = 'vervangen', changed_by = 5,
  change_reason = 'Vervangen door een nieuwe versie' WHERE id = 1;
INSERT INTO agreements (id, plan_id, goal_id, activity, party_child,
  party_parents, party_caregivers, performer, performer_id, start_date,
  end_date, evaluate_on, replaces_id, amend_reason, created_by, created_at,
  changed_by, change_reason)
SELECT 3, plan_id, goal_id, 'Morfine volgens pijnschema, ook s nachts',
  party_child, party_parents, party_caregivers, performer, performer_id,
  start_date, end_date, evaluate_on, 1, 'Meer pijn s nachts', 5,
  NOW(3) - INTERVAL 4 WEEK, 5, 'Aangepast' FROM agreements WHERE id = 1;

INSERT INTO evaluations (id, plan_id, held_on, participants,
  child_participated, summary, next_on, created_by, created_at) VALUES
 (1, 2, CURDATE() - INTERVAL 14 DAY, 'Sem, ouders, kinderarts, casemanager',
  'ja', 'Pijn beter onder controle', CURDATE() + INTERVAL 30 DAY, 5,
  NOW(3) - INTERVAL 2 WEEK);
INSERT INTO evaluation_outcomes (evaluation_id, agreement_id, outcome)
VALUES (1, 3, 'voortzetten'), (1, 2, 'voortzetten');

-- History: a corrected phone number, a limit ended.
UPDATE children SET phone = '06-99999999' WHERE id = 4;
UPDATE treatment_limits SET status = 'beeindigd', ended_on = CURDATE(),
  end_reason = 'Opnieuw besproken'
  WHERE child_id = 1 ORDER BY id LIMIT 1;

INSERT INTO audit_log (action, outcome, user_id, user_name, user_display_name,
  user_role, patient_id, object_type, object_id, client_address, program)
VALUES
 ('read', 'success', 5, 'kinderarts2', 'dr. Fatima Test', 'kinderarts', 4,
  'care_plan', 2, '127.0.0.1', 'plan-show'),
 ('update', 'success', 5, 'kinderarts2', 'dr. Fatima Test', 'kinderarts', 4,
  'agreement', 3, '127.0.0.1', 'agreement-amend'),
 ('emergency', 'success', 4, 'huisarts', 'Henk Fictief', 'huisarts', 4,
  'child', 4, '127.0.0.1', 'emergency');
