/*
 * pthread.h for QuickJS on wasm32-wasi, which has no threads: quickjs.c includes this for
 * CONFIG_ATOMICS (a mutex around class ids and Atomics.wait/notify). One thread means a mutex
 * never waits, so locking does nothing; the engine is started with JS_SetCanBlock(rt, 0), so
 * Atomics.wait throws instead of reaching pthread_cond_wait, which would wait for ever.
 */
#ifndef WASMBOX_JS_PTHREAD_H
#define WASMBOX_JS_PTHREAD_H

#include <errno.h>
#include <time.h>

typedef struct { int unused; } pthread_mutex_t;
typedef struct { int unused; } pthread_cond_t;
typedef struct { int unused; } pthread_condattr_t;

#define PTHREAD_MUTEX_INITIALIZER { 0 }

static inline int pthread_mutex_lock(pthread_mutex_t *m) { (void)m; return 0; }
static inline int pthread_mutex_unlock(pthread_mutex_t *m) { (void)m; return 0; }
static inline int pthread_cond_init(pthread_cond_t *c, const pthread_condattr_t *a) { (void)c; (void)a; return 0; }
static inline int pthread_cond_destroy(pthread_cond_t *c) { (void)c; return 0; }
static inline int pthread_cond_signal(pthread_cond_t *c) { (void)c; return 0; }
/* No other thread can ever signal: refuse rather than wait for ever. */
static inline int pthread_cond_wait(pthread_cond_t *c, pthread_mutex_t *m) { (void)c; (void)m; return EINVAL; }
static inline int pthread_cond_timedwait(pthread_cond_t *c, pthread_mutex_t *m, const struct timespec *t) { (void)c; (void)m; (void)t; return ETIMEDOUT; }

#endif
