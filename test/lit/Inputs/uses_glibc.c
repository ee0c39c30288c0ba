// Built as a plain shared object: it calls the host C library's getpid.
int getpid(void);
int _start(void) { return getpid(); }
