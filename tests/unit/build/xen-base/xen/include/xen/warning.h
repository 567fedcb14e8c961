#ifndef _WARNING_H_
#define _WARNING_H_

void warning_add(const char *warning);
void warning_print(void);

#endif
