-- One MariaDB account per program class, each with only what it needs.
-- The audit log is INSERT-only for every application account.  Passwords
-- are filled in by tools/izp-stack (@PW_<class>@) when an instance is made.
-- tests/it/grants-matrix.txt declares the same rights; a test compares them.

CREATE USER IF NOT EXISTS 'izp_read'@'localhost' IDENTIFIED BY '@PW_read@';
CREATE USER IF NOT EXISTS 'izp_child'@'localhost' IDENTIFIED BY '@PW_child@';
CREATE USER IF NOT EXISTS 'izp_plan'@'localhost' IDENTIFIED BY '@PW_plan@';
CREATE USER IF NOT EXISTS 'izp_access'@'localhost' IDENTIFIED BY '@PW_access@';
CREATE USER IF NOT EXISTS 'izp_audit'@'localhost' IDENTIFIED BY '@PW_audit@';
CREATE USER IF NOT EXISTS 'izp_emergency'@'localhost' IDENTIFIED BY '@PW_emergency@';
CREATE USER IF NOT EXISTS 'izp_export'@'localhost' IDENTIFIED BY '@PW_export@';
CREATE USER IF NOT EXISTS 'izp_admin'@'localhost' IDENTIFIED BY '@PW_admin@';
CREATE USER IF NOT EXISTS 'izp_family'@'localhost' IDENTIFIED BY '@PW_family@';
-- Applied again (an upgrade, a changed password in izp.conf, a restore into a
-- server that has the accounts): the password is the configured one.
ALTER USER 'izp_read'@'localhost' IDENTIFIED BY '@PW_read@';
ALTER USER 'izp_child'@'localhost' IDENTIFIED BY '@PW_child@';
ALTER USER 'izp_plan'@'localhost' IDENTIFIED BY '@PW_plan@';
ALTER USER 'izp_access'@'localhost' IDENTIFIED BY '@PW_access@';
ALTER USER 'izp_audit'@'localhost' IDENTIFIED BY '@PW_audit@';
ALTER USER 'izp_emergency'@'localhost' IDENTIFIED BY '@PW_emergency@';
ALTER USER 'izp_export'@'localhost' IDENTIFIED BY '@PW_export@';
ALTER USER 'izp_admin'@'localhost' IDENTIFIED BY '@PW_admin@';
ALTER USER 'izp_family'@'localhost' IDENTIFIED BY '@PW_family@';

-- izp_read: start page, plan overview (read-only programs).
GRANT SELECT ON izp.users TO 'izp_read'@'localhost';
GRANT SELECT ON izp.children TO 'izp_read'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_read'@'localhost';
GRANT SELECT ON izp.goals TO 'izp_read'@'localhost';
GRANT SELECT ON izp.agreements TO 'izp_read'@'localhost';
GRANT SELECT ON izp.evaluations TO 'izp_read'@'localhost';
GRANT SELECT ON izp.evaluation_outcomes TO 'izp_read'@'localhost';
GRANT SELECT ON izp.treatment_limits TO 'izp_read'@'localhost';
GRANT SELECT ON izp.advance_directives TO 'izp_read'@'localhost';
GRANT SELECT ON izp.representatives TO 'izp_read'@'localhost';
GRANT SELECT ON izp.crisis_plans TO 'izp_read'@'localhost';
GRANT SELECT ON izp.crisis_steps TO 'izp_read'@'localhost';
GRANT SELECT ON izp.crisis_medications TO 'izp_read'@'localhost';
GRANT SELECT ON izp.next_steps TO 'izp_read'@'localhost';
GRANT SELECT ON izp.place_wishes TO 'izp_read'@'localhost';
GRANT SELECT ON izp.care_team TO 'izp_read'@'localhost';
GRANT SELECT ON izp.wishes TO 'izp_read'@'localhost';
GRANT SELECT ON izp.problems TO 'izp_read'@'localhost';
GRANT SELECT ON izp.acp_conversations TO 'izp_read'@'localhost';
GRANT SELECT ON izp.guideline_deviations TO 'izp_read'@'localhost';
GRANT SELECT ON izp.plan_topics TO 'izp_read'@'localhost';
GRANT SELECT ON izp.aftercare TO 'izp_read'@'localhost';
GRANT SELECT ON izp.access_grants TO 'izp_read'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_read'@'localhost';
-- The overview says where the plan went (destinations, deliveries).
GRANT SELECT ON izp.destinations TO 'izp_read'@'localhost';
GRANT SELECT ON izp.deliveries TO 'izp_read'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_read'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_read'@'localhost';

-- izp_child: registering a child (and the registrant's own access).  Every
-- account reads what the shared access check (lib/serve.c) needs.
GRANT SELECT ON izp.users TO 'izp_child'@'localhost';
GRANT SELECT, INSERT ON izp.children TO 'izp_child'@'localhost';
-- Correcting what was registered: the contacts, never who the child is.
GRANT UPDATE (gp_name, gp_practice, gp_phone, gp_agb, hap_name, hap_phone,
  address, phone, version, changed_by, change_reason, request_id)
  ON izp.children TO 'izp_child'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_child'@'localhost';
-- A correction of the child's contacts is a new revision of its plans.
GRANT UPDATE (revision, changed_at) ON izp.care_plans TO 'izp_child'@'localhost';
GRANT SELECT, INSERT ON izp.access_grants TO 'izp_child'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_child'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_child'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_child'@'localhost';

-- izp_plan: the care plan, its goals, agreements and evaluations.
GRANT SELECT ON izp.users TO 'izp_plan'@'localhost';
GRANT SELECT ON izp.children TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.care_plans TO 'izp_plan'@'localhost';
GRANT UPDATE (status, version, changed_by, change_reason, activated_at,
  activated_by, closed_on, close_reason, close_note, evaluate_on, policy_goal,
  policy_goal_on, policy_goal_note, request_id, hoofdbehandelaar_id,
  casemanager_id, hoofdbehandelaar_confirmed_at, casemanager_confirmed_at)
  ON izp.care_plans TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.goals TO 'izp_plan'@'localhost';
GRANT UPDATE (status, closed_on, close_comment, version, changed_by,
  change_reason, request_id) ON izp.goals TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.agreements TO 'izp_plan'@'localhost';
GRANT UPDATE (status, version, changed_by, change_reason, closed_on,
  close_reason, evaluate_on, request_id) ON izp.agreements TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.evaluations TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.evaluation_outcomes TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.treatment_limits TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.advance_directives TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.representatives TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.crisis_plans TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.crisis_steps TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.crisis_medications TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.next_steps TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.place_wishes TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.care_team TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.wishes TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.problems TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.acp_conversations TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.guideline_deviations TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.plan_topics TO 'izp_plan'@'localhost';
GRANT SELECT, INSERT ON izp.aftercare TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.care_team TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.wishes TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.problems TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.treatment_limits TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.advance_directives TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.representatives TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.crisis_plans TO 'izp_plan'@'localhost';
GRANT UPDATE (status, ended_on, end_reason, version, changed_by,
  change_reason, request_id) ON izp.crisis_medications TO 'izp_plan'@'localhost';
GRANT SELECT ON izp.access_grants TO 'izp_plan'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_plan'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_plan'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_plan'@'localhost';

-- izp_access: the family's access decisions (grant, revoke).
GRANT SELECT ON izp.users TO 'izp_access'@'localhost';
GRANT SELECT ON izp.teams TO 'izp_access'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_access'@'localhost';
GRANT SELECT ON izp.children TO 'izp_access'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_access'@'localhost';
GRANT SELECT, INSERT ON izp.access_grants TO 'izp_access'@'localhost';
GRANT UPDATE (revoked_at, revoked_by, revoke_reason, request_id) ON izp.access_grants TO 'izp_access'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_access'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_access'@'localhost';
-- ... and which family log-in is the child or a representative (linked by a
-- caregiver with access, cgi-bin/family-link.c).
GRANT SELECT ON izp.representatives TO 'izp_access'@'localhost';
GRANT SELECT, INSERT ON izp.family_accounts TO 'izp_access'@'localhost';
GRANT UPDATE (ended_at, ended_by, end_reason, request_id) ON izp.family_accounts TO 'izp_access'@'localhost';
GRANT SELECT ON izp.parent_access_decisions TO 'izp_access'@'localhost';

-- izp_audit: the privacy officer's log search and the parents' access
-- overview.  The only account that reads the log; it cannot change it either.
GRANT SELECT, INSERT ON izp.audit_log TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.audit_log_patients TO 'izp_audit'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_audit'@'localhost';
-- ... and, at the family's door (cgi-bin/family-log.c), which child a
-- family log-in may see the overview of.
GRANT SELECT ON izp.family_accounts TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.representatives TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.parent_access_decisions TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.users TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.children TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.access_grants TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_audit'@'localhost';
GRANT SELECT ON izp.emergency_access TO 'izp_audit'@'localhost';

-- izp_emergency: the emergency summary (limits, representatives, directives,
-- step plans, the next step, wishes) and break-the-glass.
GRANT SELECT ON izp.users TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.children TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.access_grants TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_emergency'@'localhost';
GRANT SELECT, INSERT ON izp.emergency_access TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.treatment_limits TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.advance_directives TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.representatives TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.crisis_plans TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.crisis_steps TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.crisis_medications TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.next_steps TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.place_wishes TO 'izp_emergency'@'localhost';
GRANT SELECT ON izp.care_team TO 'izp_emergency'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_emergency'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_emergency'@'localhost';

-- izp_export: tools/izp-export, the delivery to GP practices and HAPs.  It
-- reads the plans as the overview does, and writes only its own bookkeeping
-- (deliveries, runs, what it held back) and its audit rows.
GRANT SELECT ON izp.users TO 'izp_export'@'localhost';
GRANT SELECT ON izp.children TO 'izp_export'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_export'@'localhost';
GRANT SELECT ON izp.goals TO 'izp_export'@'localhost';
GRANT SELECT ON izp.agreements TO 'izp_export'@'localhost';
GRANT SELECT ON izp.evaluations TO 'izp_export'@'localhost';
GRANT SELECT ON izp.evaluation_outcomes TO 'izp_export'@'localhost';
GRANT SELECT ON izp.treatment_limits TO 'izp_export'@'localhost';
GRANT SELECT ON izp.advance_directives TO 'izp_export'@'localhost';
GRANT SELECT ON izp.representatives TO 'izp_export'@'localhost';
GRANT SELECT ON izp.crisis_plans TO 'izp_export'@'localhost';
GRANT SELECT ON izp.crisis_steps TO 'izp_export'@'localhost';
GRANT SELECT ON izp.crisis_medications TO 'izp_export'@'localhost';
GRANT SELECT ON izp.next_steps TO 'izp_export'@'localhost';
GRANT SELECT ON izp.place_wishes TO 'izp_export'@'localhost';
GRANT SELECT ON izp.care_team TO 'izp_export'@'localhost';
GRANT SELECT ON izp.wishes TO 'izp_export'@'localhost';
GRANT SELECT ON izp.problems TO 'izp_export'@'localhost';
GRANT SELECT ON izp.acp_conversations TO 'izp_export'@'localhost';
GRANT SELECT ON izp.guideline_deviations TO 'izp_export'@'localhost';
GRANT SELECT ON izp.plan_topics TO 'izp_export'@'localhost';
GRANT SELECT ON izp.aftercare TO 'izp_export'@'localhost';
GRANT SELECT ON izp.access_grants TO 'izp_export'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_export'@'localhost';
GRANT SELECT ON izp.destinations TO 'izp_export'@'localhost';
GRANT SELECT, INSERT, UPDATE ON izp.deliveries TO 'izp_export'@'localhost';
GRANT SELECT, INSERT, UPDATE ON izp.delivery_runs TO 'izp_export'@'localhost';
GRANT SELECT, INSERT ON izp.delivery_withheld TO 'izp_export'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_export'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_export'@'localhost';

-- izp_admin: the beheerder's pages (the destinations of the delivery).  No
-- patient data: the access check every account prepares reads who may see
-- which child, not what.
GRANT SELECT ON izp.users TO 'izp_admin'@'localhost';
GRANT SELECT ON izp.children TO 'izp_admin'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_admin'@'localhost';
GRANT SELECT ON izp.access_grants TO 'izp_admin'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_admin'@'localhost';
GRANT SELECT ON izp.teams TO 'izp_admin'@'localhost';
GRANT SELECT, INSERT, UPDATE ON izp.destinations TO 'izp_admin'@'localhost';
GRANT SELECT ON izp.delivery_runs TO 'izp_admin'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_admin'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_admin'@'localhost';

-- izp_family: the family's door (cgi-bin/family-*.c): the plan as the
-- overview reads it, the family's own links, and the 16-year-old's decision
-- about the parents (the only thing it writes besides its audit rows).
GRANT SELECT ON izp.users TO 'izp_family'@'localhost';
GRANT SELECT ON izp.children TO 'izp_family'@'localhost';
GRANT SELECT ON izp.care_plans TO 'izp_family'@'localhost';
GRANT SELECT ON izp.goals TO 'izp_family'@'localhost';
GRANT SELECT ON izp.agreements TO 'izp_family'@'localhost';
GRANT SELECT ON izp.evaluations TO 'izp_family'@'localhost';
GRANT SELECT ON izp.evaluation_outcomes TO 'izp_family'@'localhost';
GRANT SELECT ON izp.treatment_limits TO 'izp_family'@'localhost';
GRANT SELECT ON izp.advance_directives TO 'izp_family'@'localhost';
GRANT SELECT ON izp.representatives TO 'izp_family'@'localhost';
GRANT SELECT ON izp.crisis_plans TO 'izp_family'@'localhost';
GRANT SELECT ON izp.crisis_steps TO 'izp_family'@'localhost';
GRANT SELECT ON izp.crisis_medications TO 'izp_family'@'localhost';
GRANT SELECT ON izp.next_steps TO 'izp_family'@'localhost';
GRANT SELECT ON izp.place_wishes TO 'izp_family'@'localhost';
GRANT SELECT ON izp.care_team TO 'izp_family'@'localhost';
GRANT SELECT ON izp.wishes TO 'izp_family'@'localhost';
GRANT SELECT ON izp.problems TO 'izp_family'@'localhost';
GRANT SELECT ON izp.acp_conversations TO 'izp_family'@'localhost';
GRANT SELECT ON izp.guideline_deviations TO 'izp_family'@'localhost';
GRANT SELECT ON izp.plan_topics TO 'izp_family'@'localhost';
GRANT SELECT ON izp.aftercare TO 'izp_family'@'localhost';
GRANT SELECT ON izp.access_grants TO 'izp_family'@'localhost';
GRANT SELECT ON izp.team_members TO 'izp_family'@'localhost';
-- The overview says where the plan went (destinations, deliveries).
GRANT SELECT ON izp.destinations TO 'izp_family'@'localhost';
GRANT SELECT ON izp.deliveries TO 'izp_family'@'localhost';
GRANT SELECT ON izp.family_accounts TO 'izp_family'@'localhost';
GRANT SELECT, INSERT ON izp.parent_access_decisions TO 'izp_family'@'localhost';
-- The family's own access decisions (cgi-bin/family-access.c).
GRANT SELECT ON izp.teams TO 'izp_family'@'localhost';
GRANT INSERT ON izp.access_grants TO 'izp_family'@'localhost';
GRANT UPDATE (revoked_at, revoked_by_family, revoke_reason, request_id) ON izp.access_grants TO 'izp_family'@'localhost';
GRANT INSERT ON izp.audit_log TO 'izp_family'@'localhost';
GRANT EXECUTE ON FUNCTION izp.patient_of TO 'izp_family'@'localhost';
