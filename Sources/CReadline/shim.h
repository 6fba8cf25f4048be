#ifndef OPSADVISOR_CREADLINE_SHIM_H
#define OPSADVISOR_CREADLINE_SHIM_H

// GNU readline for OpsAdvisor's interactive session.
// Swift 6 refuses direct writes to readline's mutable globals from non-isolated code,
// so each global the session sets goes through one of these small setters.

#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/// Sets the application name that `$if opsadvisor` in ~/.inputrc tests.
static inline void opsadvisor_rl_set_name(const char *name) { rl_readline_name = name; }

/// Keeps readline from rewriting LINES and COLUMNS in our environment on a resize.
static inline void opsadvisor_rl_keep_environment(void) { rl_change_environment = 0; }

/// Installs the function readline calls to complete the word before the cursor.
static inline void opsadvisor_rl_set_completer(rl_completion_func_t *completer) {
  rl_attempted_completion_function = completer;
}

/// Tells readline whether to skip its file-name completion after ours.
static inline void opsadvisor_rl_set_completion_over(int over) { rl_attempted_completion_over = over; }

/// The whole line being edited.
static inline const char *opsadvisor_rl_line_buffer(void) { return rl_line_buffer; }

/// Installs the function readline calls when a signal interrupts its read.
static inline void opsadvisor_rl_set_signal_hook(rl_hook_func_t *hook) { rl_signal_event_hook = hook; }

/// Drops the line being edited and shows a fresh prompt on a new line (Ctrl-C), with the
/// history position back at its end, as bash does: Up then shows the newest line again.
static inline void opsadvisor_rl_discard_line(void) {
  rl_replace_line("", 0);
  using_history();
  rl_crlf();
  rl_on_new_line();
  rl_redisplay();
}

/// Draws the prompt and the line being edited afresh on the line the cursor is on: after the
/// session is resumed (`fg`), the shell has printed the job's name and moved to a new line.
static inline void opsadvisor_rl_redraw_on_new_line(void) {
  rl_on_new_line();
  rl_redisplay();
}

/// Installs the function readline calls to read each key.
static inline void opsadvisor_rl_set_getc(rl_getc_func_t *getc_function) { rl_getc_function = getc_function; }

/// Makes readline ask the terminal for its size again.
static inline void opsadvisor_rl_resize(void) { rl_resize_terminal(); }

#endif
