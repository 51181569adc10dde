/* ssr-application.h: the application object
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <adwaita.h>

#include "ssr-library.h"

G_BEGIN_DECLS

#define SSR_TYPE_APPLICATION (ssr_application_get_type ())

G_DECLARE_FINAL_TYPE (SsrApplication, ssr_application, SSR, APPLICATION, AdwApplication)

SsrApplication *ssr_application_new         (void);
SsrLibrary     *ssr_application_get_library (SsrApplication *self);

G_END_DECLS
