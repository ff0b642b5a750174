-- Schema of the IZP suite (MariaDB >= 10.11, InnoDB, utf8mb4).
-- Clinical tables are system-versioned: no row is ever lost, and the state
-- at any moment is FOR SYSTEM_TIME AS OF that moment.  Each row also says
-- who made this version and why.  The audit log is append-only by grants.

CREATE DATABASE IF NOT EXISTS izp CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;
USE izp;

CREATE TABLE users (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  username      VARCHAR(255) NOT NULL,
  display_name  VARCHAR(200) NOT NULL,
  role          ENUM('verpleegkundige','kinderarts','casemanager','huisarts',
                     'hap_arts','privacy','beheerder') NOT NULL,
  organisation  VARCHAR(200) NULL,
  phone         VARCHAR(50) NULL,
  active        BOOLEAN NOT NULL DEFAULT TRUE,
  UNIQUE KEY users_username (username)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE children (
  id                 INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  given_name         VARCHAR(100) NOT NULL,
  family_name        VARCHAR(100) NOT NULL,
  birth_date         DATE NOT NULL,
  bsn                CHAR(9) NULL,
  diagnosis          VARCHAR(500) NOT NULL,
  diagnosis_date     DATE NOT NULL,
  registration_kind  ENUM('KCT','NIK') NULL,
  registration_org   VARCHAR(200) NULL,
  registration_date  DATE NULL,
  gp_name            VARCHAR(200) NULL,
  gp_practice        VARCHAR(200) NULL,
  gp_phone           VARCHAR(50) NULL,
  -- The GP's (or practice's) AGB code, by which a GP system finds the GP.
  gp_agb             CHAR(8) NULL,
  -- The out-of-hours GP post (huisartsenpost) for the child's address: who
  -- the parents call at night, and who the spoedoverzicht names.
  hap_name           VARCHAR(200) NULL,
  hap_phone          VARCHAR(50) NULL,
  -- Where the child lives and the family's phone: for the ambulance and
  -- the doctor on call.
  address            VARCHAR(300) NULL,
  phone              VARCHAR(50) NULL,
  version            INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by         INT UNSIGNED NOT NULL,
  change_reason      VARCHAR(500) NOT NULL,
  request_id         CHAR(32) NULL,
  -- The end of the 8-week term from registration to an IZP.
  deadline           DATE AS
                     (COALESCE(registration_date, diagnosis_date) + INTERVAL 8 WEEK) VIRTUAL,
  -- Where lists put the child: 0 no IZP yet (by its term), 1 a concept,
  -- 2 a current IZP, 3 only closed ones.  Kept by the triggers on care_plans; derived, so
  -- not versioned (a plan's status change leaves no history row here).
  list_state         TINYINT UNSIGNED NOT NULL DEFAULT 0 WITHOUT SYSTEM VERSIONING,
  -- The day the child's first IZP became actueel: the end of the 8-week
  -- term, met or late.  Kept by the triggers on care_plans; derived, so not
  -- versioned.
  first_actueel_on   DATE NULL WITHOUT SYSTEM VERSIONING,
  -- The day the child died, from the plan closed for that reason: no new
  -- plan, term or worklist after it.  Kept by the triggers on care_plans.
  died_on            DATE NULL WITHOUT SYSTEM VERSIONING,
  -- How many treatment limits are active; kept by the triggers on
  -- treatment_limits, for the worklist of current plans without any.
  active_limits      SMALLINT UNSIGNED NOT NULL DEFAULT 0 WITHOUT SYSTEM VERSIONING,
  -- Named, so the list indexes can hold row_end: a list then reads the
  -- current rows only, however much history the table has.
  row_start TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  row_end TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PERIOD FOR SYSTEM_TIME (row_start, row_end),
  UNIQUE KEY children_bsn (bsn),
  UNIQUE KEY children_request (request_id),
  -- The start page reads the children in this order and stops after a page.
  KEY children_list (list_state, row_end, deadline, family_name, given_name),
  KEY children_birth_date (birth_date),
  KEY children_limits (list_state, row_end, active_limits),
  KEY children_made_current (row_end, first_actueel_on),
  CONSTRAINT children_changed_by FOREIGN KEY (changed_by) REFERENCES users (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE care_plans (
  id                       INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id                 INT UNSIGNED NOT NULL,
  status                   ENUM('concept','actueel','afgesloten') NOT NULL DEFAULT 'concept',
  hoofdbehandelaar_id      INT UNSIGNED NOT NULL,
  casemanager_id           INT UNSIGNED NOT NULL,
  -- When a hoofdbehandelaar or casemanager named later confirmed taking
  -- the plan over; NULL while asked (the plan's first ones need not).
  hoofdbehandelaar_confirmed_at DATETIME(3) NULL DEFAULT CURRENT_TIMESTAMP(3),
  casemanager_confirmed_at DATETIME(3) NULL DEFAULT CURRENT_TIMESTAMP(3),
  drawn_up_by              INT UNSIGNED NOT NULL,
  -- The child took part in the whole conversation, part of it, or not.
  child_participated       ENUM('ja','deels','nee') NOT NULL,
  child_absent_reason      VARCHAR(1000) NULL,
  parents_present          VARCHAR(500) NOT NULL,
  created_at               DATETIME(3) NOT NULL,
  activated_at             DATETIME(3) NULL,
  activated_by             INT UNSIGNED NULL,
  closed_on                DATE NULL,
  close_reason             ENUM('overleden','volwassenenzorg','niet_palliatief','anders') NULL,
  close_note               VARCHAR(1000) NULL,
  -- The next planned evaluation of the plan as a whole (vervolgen).
  evaluate_on              DATE NULL,
  -- The main goal of the medical policy (ACP guide: curative, life-
  -- prolonging, symptom relief only, unknown), set by the hoofdbehandelaar.
  policy_goal              ENUM('curatief','levensverlengend','symptoomgericht','onbekend') NULL,
  policy_goal_on           DATE NULL,
  policy_goal_note         VARCHAR(1000) NULL,
  version                  INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by               INT UNSIGNED NOT NULL,
  change_reason            VARCHAR(500) NOT NULL,
  request_id               CHAR(32) NULL,
  -- NULL for a closed plan, so the unique key allows only one open plan.
  open_child_id            INT UNSIGNED AS
                           (IF(status IN ('concept','actueel'), child_id, NULL)) PERSISTENT,
  -- The latest next step and its date, kept by the trigger on next_steps
  -- (derived, so not versioned).  step_due orders the worklist of open
  -- plans without a next step (first) or with an overdue one.
  next_step_id             INT UNSIGNED NULL WITHOUT SYSTEM VERSIONING,
  next_step_due            DATE NULL WITHOUT SYSTEM VERSIONING,
  -- The plan's revision now: how many versions of the plan and of all it
  -- shows exist (of the plan's content and the child's limits, directives
  -- and representatives), and when the newest began; kept by the triggers
  -- below, so a page reads it here instead of counting every version.
  -- Derived, so not versioned: "as of" a moment counts instead
  -- (SQL_PLAN_REVISION), and the two agree (tests/it/t0795).
  revision                 INT UNSIGNED NOT NULL DEFAULT 0 WITHOUT SYSTEM VERSIONING,
  changed_at               TIMESTAMP(6) NULL DEFAULT NULL WITHOUT SYSTEM VERSIONING,
  -- The revision and moment of the last change to the child's treatment
  -- limits (a new one, an ended one, a changed decision) or to the plan's
  -- status (made actueel, closed): a delivery to a GP or HAP older than
  -- this revision is urgent (tools/izp-export --urgent).  Kept by the
  -- triggers, like revision.
  limits_revision          INT UNSIGNED NOT NULL DEFAULT 0 WITHOUT SYSTEM VERSIONING,
  limits_changed_at        TIMESTAMP(6) NULL DEFAULT NULL WITHOUT SYSTEM VERSIONING,
  step_due                 DATE AS (IF(status IN ('concept','actueel'),
                           IF(next_step_id IS NULL, DATE '1000-01-01', next_step_due), NULL)) VIRTUAL,
  -- Named, so the list indexes can hold row_end: a list then reads the
  -- current rows only, however much history the table has.
  row_start TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  row_end TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PERIOD FOR SYSTEM_TIME (row_start, row_end),
  UNIQUE KEY care_plans_one_open (open_child_id),
  UNIQUE KEY care_plans_request (request_id),
  KEY care_plans_child (child_id),
  -- The few plans whose newly named people have not confirmed yet.
  KEY care_plans_hb_unconfirmed (row_end, hoofdbehandelaar_confirmed_at),
  KEY care_plans_cm_unconfirmed (row_end, casemanager_confirmed_at),
  -- Who sees which children, answered from the index alone.
  KEY care_plans_hoofdbehandelaar (hoofdbehandelaar_id, open_child_id),
  KEY care_plans_casemanager (casemanager_id, open_child_id),
  -- The worklists read these in their order and stop after a page.
  KEY care_plans_evaluate (status, row_end, evaluate_on),
  KEY care_plans_step_due (row_end, step_due),
  CONSTRAINT care_plans_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT care_plans_hoofdbehandelaar FOREIGN KEY (hoofdbehandelaar_id) REFERENCES users (id),
  CONSTRAINT care_plans_casemanager FOREIGN KEY (casemanager_id) REFERENCES users (id),
  CONSTRAINT care_plans_drawn_up_by FOREIGN KEY (drawn_up_by) REFERENCES users (id),
  CONSTRAINT care_plans_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT care_plans_activated_by FOREIGN KEY (activated_by) REFERENCES users (id),
  CONSTRAINT care_plans_closed CHECK
    (status <> 'afgesloten' OR (closed_on IS NOT NULL AND close_reason IS NOT NULL)),
  CONSTRAINT care_plans_absent_reason CHECK
    (child_participated = 'ja' OR child_absent_reason IS NOT NULL),
  CONSTRAINT care_plans_policy_goal CHECK ((policy_goal IS NULL) = (policy_goal_on IS NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- children.list_state follows the child's plans, whoever writes them (a
-- program, the demo data, a bench).  At most one plan is open, so the plan
-- that opens or changes status says it, unless a closed plan is written
-- beside an open one.
CREATE TRIGGER care_plans_list_insert AFTER INSERT ON care_plans FOR EACH ROW
  UPDATE children SET list_state = CASE NEW.status WHEN 'concept' THEN 1
    WHEN 'actueel' THEN 2 ELSE IF(list_state IN (1, 2), list_state, 3) END,
    first_actueel_on = IF(NEW.status = 'actueel', COALESCE(first_actueel_on,
      DATE(NEW.activated_at), CURDATE()), first_actueel_on)
  WHERE id = NEW.child_id;
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

-- Goals of a plan, in words the family understands, per dimension.
CREATE TABLE goals (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  description     VARCHAR(1000) NOT NULL,
  dimension       ENUM('lichamelijk','psychisch','sociaal','spiritueel','pedagogisch') NOT NULL,
  serves          VARCHAR(1000) NOT NULL,
  target_date     DATE NULL,
  responsible_id  INT UNSIGNED NOT NULL,
  status          ENUM('actief','bereikt','niet_bereikt','niet_meer_relevant') NOT NULL DEFAULT 'actief',
  closed_on       DATE NULL,
  close_comment   VARCHAR(1000) NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by      INT UNSIGNED NOT NULL,
  change_reason   VARCHAR(500) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY goals_request (request_id),
  KEY goals_plan (plan_id),
  CONSTRAINT goals_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT goals_responsible FOREIGN KEY (responsible_id) REFERENCES users (id),
  CONSTRAINT goals_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT goals_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT goals_closed CHECK (status = 'actief' OR closed_on IS NOT NULL)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- The treatment team of a plan: who, with which tasks, and whether the
-- family can reach them day and night.
CREATE TABLE care_team (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  role            ENUM('hoofdbehandelaar','casemanager','huisarts','kct',
                       'kinderverpleegkundige','zorgverlener','mantelzorger',
                       'vrijwilliger','anders') NOT NULL,
  name            VARCHAR(200) NOT NULL,
  organisation    VARCHAR(200) NULL,
  phone           VARCHAR(50) NULL,
  reachable_24_7  BOOLEAN NOT NULL,
  tasks           VARCHAR(2000) NOT NULL,
  status          ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on        DATE NULL,
  end_reason      VARCHAR(1000) NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by      INT UNSIGNED NOT NULL,
  change_reason   VARCHAR(500) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY care_team_request (request_id),
  KEY care_team_plan (plan_id),
  CONSTRAINT care_team_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT care_team_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT care_team_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT care_team_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Agreements (zib ZorgAfspraak): what will be done, for which goal or
-- problem, who agreed, who carries it out, the coordinator, the period and
-- when it is evaluated.  Amending inserts a new row that replaces_id the old
-- one, and the old one becomes 'vervangen': nothing is edited in place.
CREATE TABLE agreements (
  id                INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id           INT UNSIGNED NOT NULL,
  goal_id           INT UNSIGNED NULL,
  problem           VARCHAR(500) NULL,
  activity          VARCHAR(1000) NOT NULL,
  party_child       BOOLEAN NOT NULL,
  party_parents     BOOLEAN NOT NULL,
  party_caregivers  BOOLEAN NOT NULL,
  -- Who carries it out: a caregiver who is a user (performer_id), a member
  -- of the plan's treatment team who need not be one (performer_team_id:
  -- a school counsellor, a volunteer, home care), the child or the parents.
  performer         ENUM('zorgverlener','teamlid','kind','ouders') NOT NULL,
  performer_id      INT UNSIGNED NULL,
  performer_team_id INT UNSIGNED NULL,
  coordinator_id    INT UNSIGNED NULL,
  start_date        DATE NOT NULL,
  end_date          DATE NULL,
  evaluate_on       DATE NULL,
  status            ENUM('actief','afgesloten','vervangen') NOT NULL DEFAULT 'actief',
  replaces_id       INT UNSIGNED NULL,
  amend_reason      VARCHAR(1000) NULL,
  closed_on         DATE NULL,
  close_reason      VARCHAR(1000) NULL,
  created_by        INT UNSIGNED NOT NULL,
  created_at        DATETIME(3) NOT NULL,
  version           INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by        INT UNSIGNED NOT NULL,
  change_reason     VARCHAR(1000) NOT NULL,
  request_id        CHAR(32) NULL,
  -- Named, so the list indexes can hold row_end: a list then reads the
  -- current rows only, however much history the table has.
  row_start TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  row_end TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PERIOD FOR SYSTEM_TIME (row_start, row_end),
  UNIQUE KEY agreements_request (request_id),
  UNIQUE KEY agreements_replaces (replaces_id),
  KEY agreements_plan (plan_id, row_end),
  KEY agreements_evaluate (status, row_end, evaluate_on),
  CONSTRAINT agreements_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT agreements_goal FOREIGN KEY (goal_id) REFERENCES goals (id),
  CONSTRAINT agreements_performer FOREIGN KEY (performer_id) REFERENCES users (id),
  CONSTRAINT agreements_performer_team FOREIGN KEY (performer_team_id) REFERENCES care_team (id),
  CONSTRAINT agreements_performer_named CHECK
    ((performer = 'zorgverlener') = (performer_id IS NOT NULL) AND
     (performer = 'teamlid') = (performer_team_id IS NOT NULL)),
  CONSTRAINT agreements_coordinator FOREIGN KEY (coordinator_id) REFERENCES users (id),
  CONSTRAINT agreements_replaces FOREIGN KEY (replaces_id) REFERENCES agreements (id),
  CONSTRAINT agreements_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT agreements_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT agreements_serves CHECK (goal_id IS NOT NULL OR problem IS NOT NULL),
  CONSTRAINT agreements_parties CHECK (party_child OR party_parents OR party_caregivers),
  CONSTRAINT agreements_amended CHECK ((replaces_id IS NULL) = (amend_reason IS NULL)),
  CONSTRAINT agreements_period CHECK (end_date IS NULL OR end_date >= start_date),
  CONSTRAINT agreements_closed CHECK
    (status <> 'afgesloten' OR (closed_on IS NOT NULL AND close_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Vervolgen: an evaluation held of a plan, who took part, what came out of
-- it, and when the next one is.  Insert-only; its outcome per agreement is
-- in evaluation_outcomes, and closing an agreement by it happens in the
-- same transaction.
CREATE TABLE evaluations (
  id            INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id       INT UNSIGNED NOT NULL,
  held_on       DATE NOT NULL,
  participants  VARCHAR(1000) NOT NULL,
  child_participated  ENUM('ja','deels','nee') NOT NULL,
  child_absent_reason VARCHAR(1000) NULL,
  summary       VARCHAR(4000) NULL,
  next_on       DATE NOT NULL,
  created_by    INT UNSIGNED NOT NULL,
  created_at    DATETIME(3) NOT NULL,
  request_id    CHAR(32) NULL,
  UNIQUE KEY evaluations_request (request_id),
  KEY evaluations_plan (plan_id, held_on),
  CONSTRAINT evaluations_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT evaluations_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT evaluations_next CHECK (next_on > held_on),
  CONSTRAINT evaluations_absent_reason CHECK
    (child_participated = 'ja' OR child_absent_reason IS NOT NULL)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE evaluation_outcomes (
  evaluation_id  INT UNSIGNED NOT NULL,
  agreement_id   INT UNSIGNED NOT NULL,
  outcome        ENUM('voortzetten','aanpassen','afsluiten') NOT NULL,
  PRIMARY KEY (evaluation_id, agreement_id),
  KEY evaluation_outcomes_agreement (agreement_id),
  CONSTRAINT evaluation_outcomes_evaluation FOREIGN KEY (evaluation_id) REFERENCES evaluations (id),
  CONSTRAINT evaluation_outcomes_agreement FOREIGN KEY (agreement_id) REFERENCES agreements (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Legal representatives and other contacts of the child (zib Contactpersoon):
-- parents, guardian.  They belong to the child, not to one plan.  Never
-- edited in place: a change ends the row and adds a new one.
CREATE TABLE representatives (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id        INT UNSIGNED NOT NULL,
  name            VARCHAR(200) NOT NULL,
  relation        ENUM('moeder','vader','ouder','voogd','overig') NOT NULL,
  has_authority   BOOLEAN NOT NULL,
  phone           VARCHAR(50) NOT NULL,
  phone_other     VARCHAR(50) NULL,
  email           VARCHAR(200) NULL,
  note            VARCHAR(1000) NULL,
  status          ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on        DATE NULL,
  end_reason      VARCHAR(1000) NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by      INT UNSIGNED NOT NULL,
  change_reason   VARCHAR(500) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY representatives_request (request_id),
  KEY representatives_child (child_id),
  CONSTRAINT representatives_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT representatives_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT representatives_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT representatives_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Advance directives (zib Wilsverklaring), of the child.
CREATE TABLE advance_directives (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id        INT UNSIGNED NOT NULL,
  kind            ENUM('NR','VOL','VERB','MON','EU','LW','DO','ZB','OTH') NOT NULL,
  kind_other      VARCHAR(200) NULL,
  signed_on       DATE NOT NULL,
  representative  VARCHAR(200) NULL,
  document        VARCHAR(500) NULL,
  comment         VARCHAR(2000) NULL,
  status          ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on        DATE NULL,
  end_reason      VARCHAR(1000) NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by      INT UNSIGNED NOT NULL,
  change_reason   VARCHAR(500) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY advance_directives_request (request_id),
  KEY advance_directives_child (child_id),
  CONSTRAINT advance_directives_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT advance_directives_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT advance_directives_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT advance_directives_other CHECK (kind <> 'OTH' OR kind_other IS NOT NULL),
  CONSTRAINT advance_directives_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Treatment limits, (niet-)behandelafspraken (zib BehandelAanwijzing2), of
-- the child: they hold whatever plan is open.  Never edited in place;
-- ending one is an explicit act with a reason.  At most one active limit
-- per coded treatment, so the emergency summary can never show two
-- contradicting answers to "resuscitate?".
CREATE TABLE treatment_limits (
  id                INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id          INT UNSIGNED NOT NULL,
  treatment         ENUM('89666000','40617009','305351004','32485007',
                         '281789004','116762002','VOCHT','VOEDING','ICD',
                         'SEDATIE','OTH') NOT NULL,
  treatment_other   VARCHAR(200) NULL,
  -- For ventilation only, and there required: an ambulance crew reading
  -- "NIET beademen" must know whether the child's home ventilation (BiPAP)
  -- goes on.
  ventilation_scope ENUM('invasief','niet-invasief','alle') NULL,
  decision          ENUM('wel','anders','niet') NOT NULL,
  decision_detail   VARCHAR(1000) NULL,
  discussed_on      DATE NOT NULL,
  age_at_agreement  TINYINT UNSIGNED NOT NULL,
  party_child       BOOLEAN NOT NULL,
  party_parents     BOOLEAN NOT NULL,
  party_caregiver   BOOLEAN NOT NULL,
  verified_with     ENUM('116154003','40683002','394619001','8601000146109') NULL,
  verified_on       DATE NULL,
  directive_id      INT UNSIGNED NULL,
  comment           VARCHAR(2000) NULL,
  status            ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on          DATE NULL,
  end_reason        VARCHAR(1000) NULL,
  created_by        INT UNSIGNED NOT NULL,
  created_at        DATETIME(3) NOT NULL,
  version           INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by        INT UNSIGNED NOT NULL,
  change_reason     VARCHAR(500) NOT NULL,
  request_id        CHAR(32) NULL,
  active_treatment  VARCHAR(20) AS
                    (IF(status = 'actief' AND treatment <> 'OTH', treatment, NULL)) PERSISTENT,
  -- Named, so the list indexes can hold row_end: a list then reads the
  -- current rows only, however much history the table has.
  row_start TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  row_end TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PERIOD FOR SYSTEM_TIME (row_start, row_end),
  UNIQUE KEY treatment_limits_request (request_id),
  UNIQUE KEY treatment_limits_one_active (child_id, active_treatment),
  KEY treatment_limits_discussed (status, row_end, discussed_on),
  CONSTRAINT treatment_limits_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT treatment_limits_directive FOREIGN KEY (directive_id) REFERENCES advance_directives (id),
  CONSTRAINT treatment_limits_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT treatment_limits_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT treatment_limits_other CHECK (treatment <> 'OTH' OR treatment_other IS NOT NULL),
  CONSTRAINT treatment_limits_ventilation CHECK
    ((treatment = '40617009') = (ventilation_scope IS NOT NULL)),
  CONSTRAINT treatment_limits_detail CHECK (decision <> 'anders' OR decision_detail IS NOT NULL),
  CONSTRAINT treatment_limits_parties CHECK
    (party_child + party_parents + party_caregiver >= 2),
  CONSTRAINT treatment_limits_verified CHECK ((verified_with IS NULL) = (verified_on IS NULL)),
  CONSTRAINT treatment_limits_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TRIGGER treatment_limits_count_insert AFTER INSERT ON treatment_limits FOR EACH ROW
  UPDATE children SET active_limits = active_limits + 1
  WHERE id = NEW.child_id AND NEW.status = 'actief';
CREATE TRIGGER treatment_limits_count_update AFTER UPDATE ON treatment_limits FOR EACH ROW
  UPDATE children SET active_limits = IF(NEW.status = 'actief', active_limits + 1,
    active_limits - 1)
  WHERE id = NEW.child_id AND NEW.status <> OLD.status;

-- Crisis plans as step plans (stappenplan), per plan: a situation and its
-- ordered steps with who acts.  Replaced by a new version, never edited.
CREATE TABLE crisis_plans (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id          INT UNSIGNED NOT NULL,
  situation        ENUM('bloeding','verstikking','refractair','insult','pijn',
                        'benauwdheid','onrust','anders') NOT NULL,
  situation_other  VARCHAR(200) NULL,
  -- The sign that starts the steps, e.g. "insult langer dan 5 minuten".
  starts_when      VARCHAR(500) NOT NULL,
  status           ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on         DATE NULL,
  end_reason       VARCHAR(1000) NULL,
  created_by       INT UNSIGNED NOT NULL,
  created_at       DATETIME(3) NOT NULL,
  version          INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by       INT UNSIGNED NOT NULL,
  change_reason    VARCHAR(500) NOT NULL,
  request_id       CHAR(32) NULL,
  UNIQUE KEY crisis_plans_request (request_id),
  KEY crisis_plans_plan (plan_id),
  CONSTRAINT crisis_plans_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT crisis_plans_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT crisis_plans_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT crisis_plans_other CHECK (situation <> 'anders' OR situation_other IS NOT NULL),
  CONSTRAINT crisis_plans_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- The child's crisis medication (crisismedicatie): what to give in the
-- crises the step plans foresee, how, when, how often at most, prescribed
-- by the hoofdbehandelaar on a date.  Of the child, like the treatment
-- limits; ended, never edited.
CREATE TABLE crisis_medications (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id         INT UNSIGNED NOT NULL,
  medicine         VARCHAR(200) NOT NULL,
  dose             VARCHAR(100) NOT NULL,
  route            ENUM('buccaal','intranasaal','rectaal','oraal','sonde',
                        'subcutaan','intraveneus','inhalatie','anders') NOT NULL,
  route_other      VARCHAR(100) NULL,
  situation        ENUM('bloeding','verstikking','refractair','insult','pijn',
                        'benauwdheid','onrust','anders') NOT NULL,
  situation_other  VARCHAR(200) NULL,
  -- When to give it and when (and how often) to repeat it.
  give_when        VARCHAR(500) NOT NULL,
  maximum          VARCHAR(200) NOT NULL,
  prescribed_on    DATE NOT NULL,
  status           ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on         DATE NULL,
  end_reason       VARCHAR(1000) NULL,
  -- The prescribing physician, who recorded it.
  created_by       INT UNSIGNED NOT NULL,
  created_at       DATETIME(3) NOT NULL,
  version          INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by       INT UNSIGNED NOT NULL,
  change_reason    VARCHAR(500) NOT NULL,
  request_id       CHAR(32) NULL,
  UNIQUE KEY crisis_medications_request (request_id),
  KEY crisis_medications_child (child_id, status),
  CONSTRAINT crisis_medications_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT crisis_medications_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT crisis_medications_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT crisis_medications_route_other CHECK (route <> 'anders' OR route_other IS NOT NULL),
  CONSTRAINT crisis_medications_situation_other CHECK
    (situation <> 'anders' OR situation_other IS NOT NULL),
  CONSTRAINT crisis_medications_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE crisis_steps (
  crisis_plan_id  INT UNSIGNED NOT NULL,
  position        TINYINT UNSIGNED NOT NULL,
  action          VARCHAR(1000) NOT NULL,
  actor           VARCHAR(200) NOT NULL,
  -- The crisis medication this step gives, if any.
  medication_id   INT UNSIGNED NULL,
  PRIMARY KEY (crisis_plan_id, position),
  CONSTRAINT crisis_steps_plan FOREIGN KEY (crisis_plan_id) REFERENCES crisis_plans (id),
  CONSTRAINT crisis_steps_medication FOREIGN KEY (medication_id) REFERENCES crisis_medications (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- The next step of a plan ("always think two steps ahead"), and the wishes
-- for the place of care and the place of death.  Insert-only logs: the
-- newest row of a plan (per kind) is the current one, older rows are its
-- history.
CREATE TABLE next_steps (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id      INT UNSIGNED NOT NULL,
  description  VARCHAR(1000) NOT NULL,
  actor        VARCHAR(200) NOT NULL,
  due_on       DATE NULL,
  created_by   INT UNSIGNED NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  request_id   CHAR(32) NULL,
  UNIQUE KEY next_steps_request (request_id),
  KEY next_steps_plan (plan_id, id),
  CONSTRAINT next_steps_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT next_steps_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- A plan's next step is its latest (steps are only added).
CREATE TRIGGER next_steps_latest AFTER INSERT ON next_steps FOR EACH ROW
  UPDATE care_plans SET next_step_id = NEW.id, next_step_due = NEW.due_on
  WHERE id = NEW.plan_id;

CREATE TABLE place_wishes (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id      INT UNSIGNED NOT NULL,
  kind         ENUM('zorg','overlijden') NOT NULL,
  place        ENUM('thuis','ziekenhuis','hospice','kinderzorghuis','anders','onbekend') NOT NULL,
  place_other  VARCHAR(200) NULL,
  note         VARCHAR(1000) NULL,
  discussed_on DATE NOT NULL,
  created_by   INT UNSIGNED NOT NULL,
  created_at   DATETIME(3) NOT NULL,
  request_id   CHAR(32) NULL,
  UNIQUE KEY place_wishes_request (request_id),
  KEY place_wishes_plan (plan_id, kind, id),
  CONSTRAINT place_wishes_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT place_wishes_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT place_wishes_other CHECK (place <> 'anders' OR place_other IS NOT NULL)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;


-- Values, wishes and needs per dimension, and current and expected
-- problems with the actions to take, who takes them and when they are
-- evaluated.  Ended, never edited.
CREATE TABLE wishes (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  dimension       ENUM('lichamelijk','psychisch','sociaal','spiritueel','pedagogisch') NOT NULL,
  kind            ENUM('waarde','wens','behoefte') NOT NULL,
  description     VARCHAR(2000) NOT NULL,
  status          ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on        DATE NULL,
  end_reason      VARCHAR(1000) NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by      INT UNSIGNED NOT NULL,
  change_reason   VARCHAR(500) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY wishes_request (request_id),
  KEY wishes_plan (plan_id),
  CONSTRAINT wishes_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT wishes_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT wishes_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT wishes_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE problems (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  dimension       ENUM('lichamelijk','psychisch','sociaal','spiritueel','pedagogisch') NOT NULL,
  kind            ENUM('actueel','verwacht') NOT NULL,
  description     VARCHAR(2000) NOT NULL,
  action          VARCHAR(2000) NOT NULL,
  action_holder   VARCHAR(200) NOT NULL,
  evaluate_on     DATE NULL,
  status          ENUM('actief','beeindigd') NOT NULL DEFAULT 'actief',
  ended_on        DATE NULL,
  end_reason      VARCHAR(1000) NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  version         INT UNSIGNED NOT NULL DEFAULT 1,
  changed_by      INT UNSIGNED NOT NULL,
  change_reason   VARCHAR(500) NOT NULL,
  request_id      CHAR(32) NULL,
  -- Named, so the list indexes can hold row_end: a list then reads the
  -- current rows only, however much history the table has.
  row_start TIMESTAMP(6) GENERATED ALWAYS AS ROW START INVISIBLE,
  row_end TIMESTAMP(6) GENERATED ALWAYS AS ROW END INVISIBLE,
  PERIOD FOR SYSTEM_TIME (row_start, row_end),
  UNIQUE KEY problems_request (request_id),
  KEY problems_plan (plan_id, row_end),
  KEY problems_evaluate (status, row_end, evaluate_on),
  CONSTRAINT problems_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT problems_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT problems_changed_by FOREIGN KEY (changed_by) REFERENCES users (id),
  CONSTRAINT problems_ended CHECK
    (status = 'actief' OR (ended_on IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- ACP conversations (proactieve zorgplanning): when, who was there, what
-- was said, and what came out of it.  Insert-only.
CREATE TABLE acp_conversations (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  held_on         DATE NOT NULL,
  child_participated  ENUM('ja','deels','nee') NOT NULL,
  child_absent_reason VARCHAR(1000) NULL,
  present         VARCHAR(1000) NOT NULL,
  summary         VARCHAR(4000) NOT NULL,
  outcome         VARCHAR(2000) NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY acp_conversations_request (request_id),
  KEY acp_conversations_plan (plan_id),
  CONSTRAINT acp_conversations_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT acp_conversations_created_by FOREIGN KEY (created_by) REFERENCES users (id),
  CONSTRAINT acp_conversations_absent_reason CHECK
    (child_participated = 'ja' OR child_absent_reason IS NOT NULL)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Deviations from the guideline: what, why, by whom, when (the guideline
-- requires them argued and documented).  Insert-only.
CREATE TABLE guideline_deviations (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  what            VARCHAR(1000) NOT NULL,
  why             VARCHAR(2000) NOT NULL,
  decided_by      VARCHAR(200) NOT NULL,
  decided_on      DATE NOT NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY guideline_deviations_request (request_id),
  KEY guideline_deviations_plan (plan_id),
  CONSTRAINT guideline_deviations_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT guideline_deviations_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Other matters of the plan: worldview and culture, social matters
-- (finances, insurance, siblings, school, funeral, legal), end-of-life
-- decisions and aftercare for the family.  Insert-only; the newest note
-- per topic is the current one.
CREATE TABLE plan_topics (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  topic           ENUM('levensbeschouwing','cultuur','financien','verzekering',
                       'broers_zussen','school','uitvaart','juridisch',
                       'levenseinde','nazorg','anders') NOT NULL,
  note            VARCHAR(4000) NOT NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY plan_topics_request (request_id),
  KEY plan_topics_plan (plan_id),
  CONSTRAINT plan_topics_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT plan_topics_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Bereavement care (nazorg) after the child died: who contacts the family,
-- when, and what was agreed.  The only thing a closed plan still takes,
-- and only when it was closed because the child died.  Insert-only.
CREATE TABLE aftercare (
  id              INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  plan_id         INT UNSIGNED NOT NULL,
  contact_by      VARCHAR(200) NOT NULL,
  contact_on      DATE NOT NULL,
  agreed          VARCHAR(2000) NOT NULL,
  created_by      INT UNSIGNED NOT NULL,
  created_at      DATETIME(3) NOT NULL,
  request_id      CHAR(32) NULL,
  UNIQUE KEY aftercare_request (request_id),
  KEY aftercare_plan (plan_id, contact_on),
  CONSTRAINT aftercare_plan FOREIGN KEY (plan_id) REFERENCES care_plans (id),
  CONSTRAINT aftercare_created_by FOREIGN KEY (created_by) REFERENCES users (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- The plan's revision (care_plans.revision, changed_at) follows every new
-- row version of what the plan shows: one per insert, and one per update
-- that made a version (row_start moved; an update of derived columns only
-- makes none).  What belongs to the child counts for each of its plans.
CREATE TRIGGER care_plans_revision_insert BEFORE INSERT ON care_plans FOR EACH ROW
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
CREATE TRIGGER care_plans_revision_update BEFORE UPDATE ON care_plans FOR EACH ROW
  SET NEW.revision = NEW.revision + (NEW.row_start <> OLD.row_start),
      NEW.changed_at = IF(NEW.row_start <> OLD.row_start,
        GREATEST(COALESCE(NEW.changed_at, NEW.row_start), NEW.row_start), NEW.changed_at),
      -- A plan made actueel or closed is as urgent for the GP as a limit.
      NEW.limits_revision = IF(NEW.status <> OLD.status, NEW.revision, NEW.limits_revision),
      NEW.limits_changed_at = IF(NEW.status <> OLD.status, NEW.row_start, NEW.limits_changed_at);
CREATE TRIGGER goals_revision_insert AFTER INSERT ON goals FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER goals_revision_update AFTER UPDATE ON goals FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER agreements_revision_insert AFTER INSERT ON agreements FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER agreements_revision_update AFTER UPDATE ON agreements FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER evaluations_revision_insert AFTER INSERT ON evaluations FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER evaluations_revision_update AFTER UPDATE ON evaluations FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER crisis_plans_revision_insert AFTER INSERT ON crisis_plans FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER crisis_plans_revision_update AFTER UPDATE ON crisis_plans FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER next_steps_revision_insert AFTER INSERT ON next_steps FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER next_steps_revision_update AFTER UPDATE ON next_steps FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER place_wishes_revision_insert AFTER INSERT ON place_wishes FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER place_wishes_revision_update AFTER UPDATE ON place_wishes FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER care_team_revision_insert AFTER INSERT ON care_team FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER care_team_revision_update AFTER UPDATE ON care_team FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER wishes_revision_insert AFTER INSERT ON wishes FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER wishes_revision_update AFTER UPDATE ON wishes FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER problems_revision_insert AFTER INSERT ON problems FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER problems_revision_update AFTER UPDATE ON problems FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER acp_conversations_revision_insert AFTER INSERT ON acp_conversations FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER acp_conversations_revision_update AFTER UPDATE ON acp_conversations FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER aftercare_revision_insert AFTER INSERT ON aftercare FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER aftercare_revision_update AFTER UPDATE ON aftercare FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER plan_topics_revision_insert AFTER INSERT ON plan_topics FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER plan_topics_revision_update AFTER UPDATE ON plan_topics FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER guideline_deviations_revision_insert AFTER INSERT ON guideline_deviations FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id;
CREATE TRIGGER guideline_deviations_revision_update AFTER UPDATE ON guideline_deviations FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE id = NEW.plan_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER crisis_medications_revision_insert AFTER INSERT ON crisis_medications FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id;
CREATE TRIGGER crisis_medications_revision_update AFTER UPDATE ON crisis_medications FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER treatment_limits_revision_insert AFTER INSERT ON treatment_limits FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, limits_revision = revision, limits_changed_at = NEW.row_start, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id;
CREATE TRIGGER treatment_limits_revision_update AFTER UPDATE ON treatment_limits FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, limits_revision = revision, limits_changed_at = NEW.row_start, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER advance_directives_revision_insert AFTER INSERT ON advance_directives FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id;
CREATE TRIGGER advance_directives_revision_update AFTER UPDATE ON advance_directives FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id AND NEW.row_start <> OLD.row_start;
CREATE TRIGGER representatives_revision_insert AFTER INSERT ON representatives FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id;
CREATE TRIGGER representatives_revision_update AFTER UPDATE ON representatives FOR EACH ROW
  UPDATE care_plans SET revision = revision + 1, changed_at = GREATEST(COALESCE(changed_at, NEW.row_start), NEW.row_start)
  WHERE child_id = NEW.child_id AND NEW.row_start <> OLD.row_start;

-- Teams a caregiver belongs to (a KCT, a ward, a GP practice, a GP post).
CREATE TABLE teams (
  id    INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  name  VARCHAR(200) NOT NULL,
  kind  ENUM('kct','afdeling','huisartsenpraktijk','huisartsenpost','thuiszorg','overig') NOT NULL,
  UNIQUE KEY teams_name (name)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

CREATE TABLE team_members (
  team_id  INT UNSIGNED NOT NULL,
  user_id  INT UNSIGNED NOT NULL,
  PRIMARY KEY (team_id, user_id),
  KEY team_members_user (user_id),
  CONSTRAINT team_members_team FOREIGN KEY (team_id) REFERENCES teams (id),
  CONSTRAINT team_members_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Where the plans go outside the hospital: a GP practice or an out-of-hours
-- GP post (HAP), by AGB code, with the formats its system takes and the
-- folder that system reads (its outbox); a practice belongs to a HAP's
-- region.  team_id is the team that stands for it in access_grants, so the
-- family's access decision governs delivery as it governs reading.
-- Maintained by a beheerder (destinations.c), every version kept.
CREATE TABLE destinations (
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
CREATE TABLE deliveries (
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
CREATE TABLE delivery_runs (
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
CREATE TABLE delivery_withheld (
  destination_id  INT UNSIGNED NOT NULL,
  plan_id         INT UNSIGNED NOT NULL,
  revision        INT UNSIGNED NOT NULL,
  run_id          INT UNSIGNED NOT NULL,
  reason          VARCHAR(200) NOT NULL,
  PRIMARY KEY (destination_id, plan_id, revision),
  CONSTRAINT delivery_withheld_run FOREIGN KEY (run_id) REFERENCES delivery_runs (id)
) ENGINE=InnoDB;

-- A log-in of the family's door, linked by a caregiver to one child: the
-- child itself, or one of the child's representatives (a parent or guardian,
-- with or without authority: the representatives row says).  login is the
-- person as the patient portal names them to nginx (after DigiD); one
-- person may be linked to several children, each link its own row.  Ending
-- a link keeps the row; system versioning keeps every earlier state.
CREATE TABLE family_accounts (
  id                 INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  login              VARCHAR(255) NOT NULL,
  child_id           INT UNSIGNED NOT NULL,
  kind               ENUM('kind','vertegenwoordiger') NOT NULL,
  representative_id  INT UNSIGNED NULL,
  linked_by          INT UNSIGNED NOT NULL,
  linked_at          DATETIME(3) NOT NULL,
  ended_at           DATETIME(3) NULL,
  ended_by           INT UNSIGNED NULL,
  end_reason         VARCHAR(500) NULL,
  request_id         CHAR(32) NULL,
  UNIQUE KEY family_accounts_request (request_id),
  KEY family_accounts_login (login, ended_at),
  KEY family_accounts_child (child_id, ended_at),
  CONSTRAINT family_accounts_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT family_accounts_representative FOREIGN KEY (representative_id)
    REFERENCES representatives (id),
  CONSTRAINT family_accounts_linked_by FOREIGN KEY (linked_by) REFERENCES users (id),
  CONSTRAINT family_accounts_ended_by FOREIGN KEY (ended_by) REFERENCES users (id),
  CONSTRAINT family_accounts_who CHECK ((kind = 'kind') = (representative_id IS NULL)),
  CONSTRAINT family_accounts_ended CHECK
    (ended_at IS NULL OR (ended_by IS NOT NULL AND end_reason IS NOT NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- From 16 the child decides whether the parents see the plan (WGBO); each
-- decision is a row, the newest counts, made from the child's own log-in.
CREATE TABLE parent_access_decisions (
  id                 INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id           INT UNSIGNED NOT NULL,
  parents_may_see    BOOLEAN NOT NULL,
  decided_by         INT UNSIGNED NOT NULL,
  decided_at         DATETIME(3) NOT NULL,
  request_id         CHAR(32) NULL,
  UNIQUE KEY parent_access_decisions_request (request_id),
  KEY parent_access_decisions_child (child_id, id),
  CONSTRAINT parent_access_decisions_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT parent_access_decisions_by FOREIGN KEY (decided_by)
    REFERENCES family_accounts (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- The family decides who may see a child's IZP: a grant to one caregiver or
-- to a whole team, with who decided, who entered it and when.  Revoking sets
-- revoked_*; system versioning keeps every earlier state.
CREATE TABLE access_grants (
  id               INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id         INT UNSIGNED NOT NULL,
  user_id          INT UNSIGNED NULL,
  team_id          INT UNSIGNED NULL,
  decided_by_kind  ENUM('kind','ouder','vertegenwoordiger','aanmelding') NOT NULL,
  decided_by_name  VARCHAR(200) NOT NULL,
  entered_by       INT UNSIGNED NULL,
  entered_by_family INT UNSIGNED NULL,
  entered_at       DATETIME(3) NOT NULL,
  revoked_at       DATETIME(3) NULL,
  revoked_by       INT UNSIGNED NULL,
  revoked_by_family INT UNSIGNED NULL,
  revoke_reason    VARCHAR(500) NULL,
  request_id       CHAR(32) NULL,
  UNIQUE KEY access_grants_request (request_id),
  KEY access_grants_child (child_id, revoked_at),
  KEY access_grants_user (user_id, revoked_at, child_id),
  KEY access_grants_team (team_id, revoked_at, child_id),
  CONSTRAINT access_grants_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT access_grants_user FOREIGN KEY (user_id) REFERENCES users (id),
  CONSTRAINT access_grants_team FOREIGN KEY (team_id) REFERENCES teams (id),
  CONSTRAINT access_grants_entered_by FOREIGN KEY (entered_by) REFERENCES users (id),
  CONSTRAINT access_grants_revoked_by FOREIGN KEY (revoked_by) REFERENCES users (id),
  CONSTRAINT access_grants_one_grantee CHECK ((user_id IS NULL) <> (team_id IS NULL)),
  CONSTRAINT access_grants_revoke_reason CHECK (revoked_at IS NULL OR revoke_reason IS NOT NULL),
  -- Entered (and revoked) by a caregiver or by the family itself at its
  -- door (the log-in), never both (migration 0004).
  CONSTRAINT access_grants_entered_by_family FOREIGN KEY (entered_by_family)
    REFERENCES family_accounts (id),
  CONSTRAINT access_grants_revoked_by_family FOREIGN KEY (revoked_by_family)
    REFERENCES family_accounts (id),
  CONSTRAINT access_grants_entered_once CHECK ((entered_by IS NULL) <> (entered_by_family IS NULL)),
  CONSTRAINT access_grants_revoked_once CHECK
    (revoked_at IS NULL OR (revoked_by IS NULL) <> (revoked_by_family IS NULL))
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- Break-the-glass: a caregiver without a grant opened a child's emergency
-- summary for a stated reason; valid for a short time, reviewed afterwards
-- by the privacy officer.
CREATE TABLE emergency_access (
  id           INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  child_id     INT UNSIGNED NOT NULL,
  user_id      INT UNSIGNED NOT NULL,
  reason       VARCHAR(1000) NOT NULL,
  granted_at   DATETIME(3) NOT NULL,
  expires_at   DATETIME(3) NOT NULL,
  request_id   CHAR(32) NULL,
  UNIQUE KEY emergency_access_request (request_id),
  KEY emergency_access_user (user_id, child_id, expires_at),
  CONSTRAINT emergency_access_child FOREIGN KEY (child_id) REFERENCES children (id),
  CONSTRAINT emergency_access_user FOREIGN KEY (user_id) REFERENCES users (id)
) ENGINE=InnoDB WITH SYSTEM VERSIONING;

-- NEN 7513: who did what to whose data, when, from where, with what outcome.
-- Not versioned and without foreign keys: it must outlive what it describes.
-- The row's id, time, event id and database account are the database's
-- own (audit_log_stamp), whatever an application account sends.
CREATE TABLE audit_log (
  id                 BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  event_id           CHAR(36) NOT NULL DEFAULT (UUID()),
  action             ENUM('create','read','update','print','export','search',
                          'emergency') NOT NULL,
  occurred_at        DATETIME(3) NOT NULL DEFAULT (UTC_TIMESTAMP(3)) COMMENT 'UTC',
  db_account         VARCHAR(100) NOT NULL DEFAULT '',
  -- resent: a copy of a form already carried out (a double click); nothing
  -- changed, the answer was the first one's.
  outcome            ENUM('success','denied','refused','failure','resent') NOT NULL,
  user_id            INT UNSIGNED NULL,
  user_name          VARCHAR(255) NOT NULL,
  user_display_name  VARCHAR(200) NULL,
  user_role          VARCHAR(32) NULL,
  on_behalf_of       VARCHAR(255) NULL,
  -- An export's receiving party (a GP practice or HAP, by AGB code).
  receiver           VARCHAR(255) NULL,
  patient_id         INT UNSIGNED NULL,
  object_type        VARCHAR(32) NOT NULL,
  object_id          BIGINT UNSIGNED NULL,
  client_address     VARCHAR(64) NULL,
  program            VARCHAR(64) NOT NULL,
  -- A list view's children, as a JSON array of ids; audit_log_shown files
  -- them in audit_log_patients.
  shown_patients     TEXT NULL,
  UNIQUE KEY audit_event (event_id),
  KEY audit_patient (patient_id, occurred_at),
  KEY audit_user (user_name, occurred_at),
  KEY audit_object (object_type, id)
) ENGINE=InnoDB;

CREATE TRIGGER audit_log_stamp BEFORE INSERT ON audit_log FOR EACH ROW
  SET NEW.id = NULL, NEW.occurred_at = UTC_TIMESTAMP(3), NEW.event_id = UUID(),
      NEW.db_account = USER();

-- The children a list view (start page, worklists) showed, per audit row:
-- a child's access overview lists the users who saw it on a list.  Only
-- the trigger below writes here (no application account may), so children
-- are filed with their own row at the moment it is written, never later.
CREATE TABLE audit_log_patients (
  audit_id    BIGINT UNSIGNED NOT NULL,
  patient_id  INT UNSIGNED NOT NULL,
  PRIMARY KEY (audit_id, patient_id),
  KEY audit_log_patients_patient (patient_id, audit_id)
) ENGINE=InnoDB;

-- Most audit rows name no list: they skip the statement.
DELIMITER //
CREATE OR REPLACE TRIGGER audit_log_shown AFTER INSERT ON audit_log FOR EACH ROW
  IF NEW.shown_patients IS NOT NULL THEN
    INSERT INTO audit_log_patients (audit_id, patient_id)
    SELECT DISTINCT NEW.id, j.id FROM JSON_TABLE(NEW.shown_patients,
      '$[*]' COLUMNS (id INT UNSIGNED PATH '$' ERROR ON ERROR)) j;
  END IF//
DELIMITER ;

-- The child an object named in a request's path belongs to, for the audit
-- row of a request refused before its program looked (the routes' IZP_OBJECT
-- kinds).  DEFINER rights: accounts get EXECUTE on it, not SELECT on every
-- table; it tells only a child's number.
CREATE FUNCTION patient_of(p_kind VARCHAR(32), p_id BIGINT UNSIGNED)
  RETURNS INT UNSIGNED READS SQL DATA SQL SECURITY DEFINER
  RETURN CASE p_kind
    WHEN 'child' THEN (SELECT c.id FROM children c WHERE c.id = p_id)
    WHEN 'care_plan' THEN (SELECT p.child_id FROM care_plans p WHERE p.id = p_id)
    WHEN 'goal' THEN (SELECT p.child_id FROM goals x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'agreement' THEN (SELECT p.child_id FROM agreements x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'crisis_plan' THEN (SELECT p.child_id FROM crisis_plans x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'care_team_member' THEN (SELECT p.child_id FROM care_team x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'wish' THEN (SELECT p.child_id FROM wishes x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'problem' THEN (SELECT p.child_id FROM problems x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'access_grant' THEN (SELECT x.child_id FROM access_grants x WHERE x.id = p_id)
    WHEN 'treatment_limit' THEN (SELECT x.child_id FROM treatment_limits x WHERE x.id = p_id)
    WHEN 'aftercare' THEN (SELECT p.child_id FROM aftercare x
      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'crisis_medication' THEN (SELECT x.child_id FROM crisis_medications x WHERE x.id = p_id)
    WHEN 'advance_directive' THEN (SELECT x.child_id FROM advance_directives x WHERE x.id = p_id)
    WHEN 'representative' THEN (SELECT x.child_id FROM representatives x WHERE x.id = p_id)
    WHEN 'place_wish' THEN (SELECT p.child_id FROM place_wishes x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    WHEN 'acp_conversation' THEN (SELECT p.child_id FROM acp_conversations x
                      JOIN care_plans p ON p.id = x.plan_id WHERE x.id = p_id)
    ELSE NULL END;

-- Which version of this schema the database has: the number of the newest
-- migration in sql/migrations/ it contains.  A database made from this file
-- is at the newest; tools/izp-migrate upgrades an older one in place, one
-- recorded step at a time, and refuses to touch a newer one.
CREATE TABLE IF NOT EXISTS schema_version (
  version     INT UNSIGNED NOT NULL PRIMARY KEY,
  name        VARCHAR(200) NOT NULL,
  applied_at  DATETIME(3) NOT NULL
) ENGINE=InnoDB;
INSERT INTO schema_version (version, name, applied_at)
  VALUES (5, 'sql/schema.sql', NOW(3));
