-- Migration 2: the delivery to GP practices and out-of-hours GP posts
-- (issue 12).  Upgrades a database of release 1 (schema of commit e271011).
--
-- Every statement can run again: a run that stopped half-way (DDL commits
-- by itself in MariaDB, so a step cannot be one transaction) is completed
-- by the next.  The data step is one transaction.

-- Columns are added to system-versioned tables keeping their history: old
-- history rows take the new column's default.
SET SESSION system_versioning_alter_history = KEEP;

-- The plan: the revision and moment of the last change to the child's
-- treatment limits or to the plan's status (tools/izp-export --urgent).
ALTER TABLE care_plans
  ADD COLUMN IF NOT EXISTS limits_revision INT UNSIGNED NOT NULL DEFAULT 0
    WITHOUT SYSTEM VERSIONING AFTER changed_at,
  ADD COLUMN IF NOT EXISTS limits_changed_at TIMESTAMP(6) NULL DEFAULT NULL
    WITHOUT SYSTEM VERSIONING AFTER limits_revision;

-- An export's receiving party in the NEN 7513 log.
ALTER TABLE audit_log
  ADD COLUMN IF NOT EXISTS receiver VARCHAR(255) NULL AFTER on_behalf_of;

-- Where the plans go outside the hospital: a GP practice or an out-of-hours
-- GP post (HAP), by AGB code, with the formats its system takes and the
-- folder that system reads (its outbox); a practice belongs to a HAP's
-- region.  team_id is the team that stands for it in access_grants, so the
-- family's access decision governs delivery as it governs reading.
-- Maintained by a beheerder (destinations.c), every version kept.
CREATE TABLE IF NOT EXISTS destinations (
  id             INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  kind           ENUM('huisartsenpraktijk','huisartsenpost') NOT NULL,
  agb            CHAR(8) NOT NULL,
  name           VARCHAR(200) NOT NULL,
  hap_id         INT UNSIGNED NULL,
  team_id        INT UNSIGNED NOT NULL,
  formats        SET('nhg','ada','fhir') NOT NULL,
  outbox         VARCHAR(500) NOT NULL,
  active         BOOLEAN NOT NULL DEFAULT TRUE,
  version        INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by     INT UNSIGNED NOT NULL,
  change_reason  VARCHAR(500) NOT NULL,
  request_id     CHAR(32) NULL,
  UNIQUE KEY destinations_agb (agb),
  -- One destination per team, so one family grant feeds one system; one
  -- destination per outbox, so no plan lands in another's folder.
  UNIQUE KEY destinations_one_team (team_id),
  UNIQUE KEY destinations_one_outbox (outbox),
  UNIQUE KEY destinations_request (request_id),
  KEY destinations_hap (hap_id),
  CONSTRAINT destinations_hap FOREIGN KEY (hap_id) REFERENCES destinations (id),
  CONSTRAINT destinations_team FOREIGN KEY (team_id) REFERENCES teams (id),
  CONSTRAINT destinations_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT destinations_agb_digits CHECK (agb REGEXP '^[0-9]{8}$'),
  CONSTRAINT destinations_formats CHECK (formats <> ''),
  CONSTRAINT destinations_outbox CHECK (outbox LIKE '/%'),
  CONSTRAINT destinations_region CHECK (kind = 'huisartsenpraktijk' OR hap_id IS NULL)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- What each destination last received of each plan: the plan revision it
-- holds in every one of its formats (written, synced and renamed into the
-- outbox before this row commits, so a row never claims a file that is not
-- there).  tools/izp-export sends a plan whose revision is newer.
CREATE TABLE IF NOT EXISTS deliveries (
  destination_id  INT UNSIGNED NOT NULL,
  plan_id         INT UNSIGNED NOT NULL,
  revision        INT UNSIGNED NOT NULL,
  formats         SET('nhg','ada','fhir') NOT NULL,
  delivered_at    DATETIME(3) NOT NULL,
  PRIMARY KEY (destination_id, plan_id),
  KEY deliveries_plan (plan_id),
  CONSTRAINT deliveries_destination FOREIGN KEY (destination_id) REFERENCES destinations (id),
  CONSTRAINT deliveries_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id)
) ENGINE=InnoDB;

-- Each run of tools/izp-export: what it sent, what it held back, how it
-- ended (its exit code; NULL while running or when it was killed).
CREATE TABLE IF NOT EXISTS delivery_runs (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  started_at      DATETIME(3) NOT NULL,
  finished_at     DATETIME(3) NULL,
  urgent          BOOLEAN NOT NULL,
  destination_agb CHAR(8) NULL,
  delivered       INT UNSIGNED NOT NULL DEFAULT 0,
  withheld        INT UNSIGNED NOT NULL DEFAULT 0,
  failed          INT UNSIGNED NOT NULL DEFAULT 0,
  exit_code       TINYINT UNSIGNED NULL,
  message         VARCHAR(500) NULL
) ENGINE=InnoDB;

-- A changed plan a destination had received before but may not receive now,
-- and why (the family revoked the grant, the child has another GP, the
-- destination was switched off): recorded once per plan revision.
CREATE TABLE IF NOT EXISTS delivery_withheld (
  destination_id  INT UNSIGNED NOT NULL,
  plan_id         INT UNSIGNED NOT NULL,
  revision        INT UNSIGNED NOT NULL,
  run_id          INT UNSIGNED NOT NULL,
  reason          VARCHAR(200) NOT NULL,
  PRIMARY KEY (destination_id, plan_id, revision),
  CONSTRAINT delivery_withheld_run FOREIGN KEY (run_id) REFERENCES delivery_runs (id)
) ENGINE=InnoDB;

-- The triggers that keep limits_revision, replacing release 1's in place
-- (CREATE OR REPLACE: no write slips between an old and a new trigger).
CREATE OR REPLACE TRIGGER care_plans_revision_insert BEFORE INSERT ON care_plans FOR EACH ROW
  SET NEW.revision = 1 + (SELECT COUNT(*) FROM (
        SELECT 1 FROM treatment_limits FOR SYSTEM_TIME ALL WHERE child_id = NEW.child_id
        UNION ALL SELECT 1 FROM advance_directives FOR SYSTEM_TIME ALL WHERE child_id = NEW.child_id
        UNION ALL SELECT 1 FROM representatives FOR SYSTEM_TIME ALL WHERE child_id = NEW.child_id
        UNION ALL SELECT 1 FROM crisis_medications FOR SYSTEM_TIME ALL WHERE child_id = NEW.child_id
        UNION ALL SELECT 1 FROM children FOR SYSTEM_TIME ALL WHERE id = NEW.child_id) v),
      NEW.changed_at = NEW.row_start,
      -- A new plan of a child with limits has limits its GP never received.
      NEW.limits_revision = IF(EXISTS (SELECT 1 FROM treatment_limits
        WHERE child_id = NEW.child_id), NEW.revision, 0),
      NEW.limits_changed_at = IF(NEW.limits_revision > 0, NEW.row_start, NULL);
CREATE OR REPLACE TRIGGER care_plans_revision_update BEFORE UPDATE ON care_plans FOR EACH ROW
  SET NEW.revision = NEW.revision + (NEW.row_start <> OLD.row_start),
      NEW.changed_at = IF(NEW.row_start <> OLD.row_start,
        GREATEST(COALESCE(NEW.changed_at, NEW.row_start), NEW.row_start), NEW.changed_at),
      -- A plan made actueel or closed is as urgent for the GP as a limit.
      NEW.limits_revision = IF(NEW.status <> OLD.status, NEW.revision, NEW.limits_revision),
      NEW.limits_changed_at = IF(NEW.status <> OLD.status, NEW.row_start, NEW.limits_changed_at);
CREATE OR REPLACE TRIGGER treatment_limits_revision_insert AFTER INSERT ON treatment_limits FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, limits_revision = revision, limits_changed_at = NEW.row_start, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id;
CREATE OR REPLACE TRIGGER treatment_limits_revision_update AFTER UPDATE ON treatment_limits FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, limits_revision = revision, limits_changed_at = NEW.row_start, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id AND NEW.row_start <> OLD.row_start;

-- Then the plans as the new triggers would have kept them: a plan of a
-- child with treatment limits holds limits its GP never received.  The
-- columns are not versioned: this update makes no history rows and no new
-- revision.
START TRANSACTION;
UPDATE care_plans p
  SET p.limits_revision = p.revision,
      p.limits_changed_at = COALESCE(p.changed_at, p.row_start)
  WHERE p.limits_revision = 0
    AND EXISTS (SELECT 1 FROM treatment_limits l WHERE l.child_id = p.child_id);
COMMIT;
