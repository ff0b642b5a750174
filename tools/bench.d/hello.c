/*
 * make bench's second reference: the least a FastCGI program behind this
 * nginx can do (libfcgi, a fixed answer), to show what the transport costs.
 */
#include <fcgiapp.h>

int
main(void)
{
	static const char answer[] = "Status: 200 OK\r\n"
	    "Content-Type: text/plain; charset=utf-8\r\n"
	    "Content-Length: 6\r\n\r\nhello\n";
	FCGX_Request req;

	if (FCGX_Init() != 0 || FCGX_InitRequest(&req, 0, 0) != 0)
		return 1;
	while (FCGX_Accept_r(&req) >= 0) {
		FCGX_PutStr(answer, sizeof(answer) - 1, req.out);
		FCGX_Finish_r(&req);
	}
	return 0;
}
