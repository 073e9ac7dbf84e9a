/*
 * floor: start and exit, linked with the libraries every command links
 * (libcsv, libbsd), so the time it takes is what any command costs
 * before it does anything.  Each library is called once so that no
 * linker drops it as unneeded.
 */
#include <csv.h>
#include <stdlib.h>
#include <string.h>

int
main(int argc, char *argv[])
{
	struct csv_parser p;
	char name[16];

	(void)argc;
	strlcpy(name, argv[0], sizeof(name));
	if (csv_init(&p, CSV_STRICT) != 0)
		return 1;
	csv_free(&p);
	return 0;
}
