/* front.h: the front door's own parts. */

/* The state of the store, a line per part of the method, on stdout. */
void status_show(void);
