/* ssr-error.h: the error domain of the SSR Review core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SSR_ERROR (ssr_error_quark ())

typedef enum
{
  SSR_ERROR_TOO_LARGE,      /* input over the size limit */
  SSR_ERROR_NOT_UTF8,       /* input is not valid UTF-8 */
  SSR_ERROR_TOO_DEEP,       /* JSON nested deeper than the limit */
  SSR_ERROR_SYNTAX,         /* not well-formed JSON */
  SSR_ERROR_NOT_A_REVIEW,   /* JSON, but not in the SSR Review format */
  SSR_ERROR_NEWER_VERSION,  /* a newer major format version */
  SSR_ERROR_INVALID,        /* well-formed, but a value is wrong */
  SSR_ERROR_IO,             /* reading or writing failed */
  SSR_ERROR_CONFLICT,       /* the data changed while a change to it was being prepared */
} SsrError;

GQuark ssr_error_quark (void);

G_END_DECLS
