-- Migration 5: triggers that skip their statement when it has nothing to
-- do (issue 15: a durable amendment ran four statements in triggers that
-- changed no row, every audit row a JSON_TABLE of nothing).  Upgrades a
-- database of version 4.  Every statement can run again; each trigger is
-- replaced in one step, so no write goes without it.

-- Every change to a plan's content updates its row (its revision), so the
-- child is only written when the status changed: a statement not run costs
-- nothing, one that matches no row still costs its planning.
DELIMITER //
CREATE OR REPLACE TRIGGER care_plans_list_update AFTER UPDATE ON care_plans FOR EACH ROW
  IF NEW.status <> OLD.status THEN
    UPDATE children SET list_state = CASE NEW.status WHEN 'concept' THEN 1
      WHEN 'actueel' THEN 2 ELSE 3 END,
      first_actueel_on = IF(NEW.status = 'actueel', COALESCE(first_actueel_on,
        DATE(NEW.activated_at), CURDATE()), first_actueel_on)
    WHERE id = NEW.child_id;
    IF NEW.status = 'afgesloten' AND NEW.close_reason = 'overleden' THEN
      UPDATE children SET died_on = NEW.closed_on WHERE id = NEW.child_id;
    END IF;
  END IF//
DELIMITER ;
-- Its work is now done by care_plans_list_update.
DROP TRIGGER IF EXISTS care_plans_died;

-- Most audit rows name no list: they skip the statement.
DELIMITER //
CREATE OR REPLACE TRIGGER audit_log_shown AFTER INSERT ON audit_log FOR EACH ROW
  IF NEW.shown_patients IS NOT NULL THEN
    INSERT INTO audit_log_patients (audit_id, patient_id)
    SELECT DISTINCT NEW.id, j.id FROM JSON_TABLE(NEW.shown_patients,
      '$[*]' COLUMNS (id INT UNSIGNED PATH '$' ERROR ON ERROR)) j;
  END IF//
DELIMITER ;
