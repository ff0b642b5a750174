/*
 * Declarations shared between the files of libizp only; programs include
 * izp.h and never this.
 */
#ifndef IZP_INTERNAL_H
#define IZP_INTERNAL_H

#include "izp.h"

/* Statements every program prepares before its own. */
enum lib_stmt {
	LIB_STMT_USER,
	LIB_STMT_AUDIT,
	LIB_STMT_PATIENT_OF,
	LIB_STMT_ACCESS,
	LIB_STMT_ACCESS_ONLY,
	LIB_STMT_ACCESS_OPEN_PLAN,
	LIB_STMT_PLAN_ACCESS,
	LIB_STMT_SEES_MANY,
	LIB_STMT_PLAN_FOR_CHANGE,
	LIB_STMT_OPEN_PLAN_FOR_CHANGE,
	LIB_STMT__MAX
};

extern const char *const lib_sql[LIB_STMT__MAX];

void		 audit_settle(struct izp_request *);
void		 audit_committed(struct db *, void *request);
const char	*outcome_of(int status);

#endif
