/* ssr-export-report.c: an A4 handout: title page, the charts, a table of the recommendations
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "ssr-export"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n-lib.h>
#include <pango/pangocairo.h>

#include "ssr-chart-painter.h"
#include "ssr-bidi.h"
#include "ssr-export-private.h"
#include "ssr-stats-private.h"

/*
 * Text goes through Pango on the PDF surface, so it is real, selectable and searchable
 * text. The table is measured first, so that every page can say "Page 3 of 9".
 */

#define PAGE_WIDTH   595.276   /* A4, in points */
#define PAGE_HEIGHT  841.890
#define MARGIN       50.0
#define CONTENT      (PAGE_WIDTH - 2 * MARGIN)
#define FOOTER       28.0      /* room for the page footer above the bottom margin */
#define GAP          6.0
#define CHART_WIDTH  600.0     /* the charts' logical width, scaled to CONTENT */

enum { COL_ID, COL_PRIORITY, COL_DECISIONS, COL_IMPLEMENTATION, COL_COMMUNITY, N_COLUMNS };

static const double column_widths[N_COLUMNS] = { 48, 66, 180, 105, 72 };

typedef struct
{
  cairo_t     *cr;
  SsrReview   *review;
  SsrQuery    *query;
  GPtrArray   *recs;
  guint        page;        /* the page being drawn, from 1 */
  guint        n_pages;
  GArray      *row_pages;   /* guint per recommendation: its page among the table pages */
  guint        n_table_pages;
  gboolean     rtl;         /* laid out right to left, as the interface language is written */
} Report;

/* Moves to the top-left corner of a box @width wide whose start edge is @x from the start of
 * the page: the left edge, or the right one in a right-to-left report. */
static void
move_to_box (Report *report,
             double  x,
             double  y,
             double  width)
{
  cairo_move_to (report->cr, report->rtl ? PAGE_WIDTH - x - width : x, y);
}

static PangoLayout *
text_layout (Report     *report,
             const char *text,
             double      size,
             gboolean    bold,
             double      width)
{
  PangoLayout *layout = pango_cairo_create_layout (report->cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans");

  pango_font_description_set_size (font, (int) (size * PANGO_SCALE));
  if (bold)
    pango_font_description_set_weight (font, PANGO_WEIGHT_BOLD);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  if (width > 0)
    {
      pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
      pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
    }
  if (report->rtl)
    {
      /* Right to left, as the chart painter does: the lines start on the right, and each
       * text is an isolate that takes its direction from its own first letter, so that an
       * English text or "SSR2" keeps its order. */
      g_autofree char *isolated = g_strconcat (SSR_BIDI_FSI, text != NULL ? text : "", SSR_BIDI_PDI, NULL);

      pango_context_set_base_dir (pango_layout_get_context (layout), PANGO_DIRECTION_RTL);
      pango_layout_context_changed (layout);
      pango_layout_set_auto_dir (layout, FALSE);
      pango_layout_set_alignment (layout, PANGO_ALIGN_RIGHT);
      pango_layout_set_text (layout, isolated, -1);
    }
  else
    pango_layout_set_text (layout, text != NULL ? text : "", -1);
  return layout;
}

static double
layout_height (PangoLayout *layout)
{
  int h;

  pango_layout_get_size (layout, NULL, &h);
  return (double) h / PANGO_SCALE;
}

/* Draws @text at (@x, @y) and returns its height. */
static double
show_text (Report     *report,
           const char *text,
           double      size,
           gboolean    bold,
           double      x,
           double      y,
           double      width,
           double      gray)
{
  g_autoptr(PangoLayout) layout = text_layout (report, text, size, bold, width);

  cairo_set_source_rgb (report->cr, gray, gray, gray);
  if (width <= 0)
    {
      int w;

      pango_layout_get_size (layout, &w, NULL);
      width = (double) w / PANGO_SCALE;
    }
  move_to_box (report, x, y, width);
  pango_cairo_show_layout (report->cr, layout);
  return layout_height (layout);
}

static void
finish_page (Report *report)
{
  g_autofree char *page = NULL;
  g_autofree char *left = NULL;
  g_autofree char *date = ssr_date_format (ssr_review_get_data_as_of (report->review));
  g_autoptr(PangoLayout) layout = NULL;
  int w;

  if (date != NULL)
    /* Translators: a report's page footer; %1$s is the review ("SSR2"), %2$s a date */
    left = ssr_bidi_printf (_("%1$s · data as of %2$s"), ssr_review_get_short_name (report->review),
                            date);
  else
    left = g_strdup (ssr_review_get_short_name (report->review));
  /* Translators: a report's page footer; %1$u is this page, %2$u how many there are */
  page = ssr_bidi_printf (_("Page %1$u of %2$u"), report->page, report->n_pages);

  show_text (report, left, 8, FALSE, MARGIN, PAGE_HEIGHT - MARGIN - 10, CONTENT / 2, 0.35);
  layout = text_layout (report, page, 8, FALSE, -1);
  pango_layout_get_size (layout, &w, NULL);
  move_to_box (report, PAGE_WIDTH - MARGIN - (double) w / PANGO_SCALE, PAGE_HEIGHT - MARGIN - 10,
               (double) w / PANGO_SCALE);
  pango_cairo_show_layout (report->cr, layout);

  cairo_show_page (report->cr);
  report->page++;
}

static void
title_page (Report *report)
{
  g_autofree char *date = ssr_date_format (ssr_review_get_data_as_of (report->review));
  g_autofree char *filter = ssr_stats_dup_filter_description (report->query);
  g_autofree char *count = ssr_stats_dup_count_text (report->recs->len);
  g_autofree char *line = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  SsrDate today = { g_date_time_get_year (now), g_date_time_get_month (now),
                    g_date_time_get_day_of_month (now) };
  g_autofree char *today_text = ssr_date_format (&today);
  const char *description = ssr_review_get_description (report->review);
  double y = MARGIN + 150;

  y += show_text (report, ssr_review_get_short_name (report->review), 16, FALSE, MARGIN, y,
                  CONTENT, 0.35) + 6;
  y += show_text (report, ssr_review_get_title (report->review), 26, TRUE, MARGIN, y, CONTENT,
                  0.0) + 14;
  /* Translators: the subtitle of a report's title page */
  y += show_text (report, _("Board decisions and implementation"), 15, FALSE, MARGIN, y,
                  CONTENT, 0.2) + 40;

  if (date != NULL)
    /* Translators: on a report's title page; %s is a date */
    line = ssr_bidi_printf (_("Data as of %s"), date);
  else
    line = g_strdup (_("The date of the data is not stated"));
  y += show_text (report, line, 12, TRUE, MARGIN, y, CONTENT, 0.0) + 8;
  g_clear_pointer (&line, g_free);

  line = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: on a report's title page; %s is a count */
                                       "%s recommendation", "%s recommendations",
                                       report->recs->len),
                          count);
  y += show_text (report, line, 12, FALSE, MARGIN, y, CONTENT, 0.0) + 8;
  g_clear_pointer (&line, g_free);

  if (filter != NULL)
    /* Translators: on a report's title page; %s describes the filters, "Priority: High" */
    line = ssr_bidi_printf (_("Filter: %s"), filter);
  else
    line = g_strdup (_("All recommendations of the review"));
  y += show_text (report, line, 12, FALSE, MARGIN, y, CONTENT, 0.0) + 8;
  g_clear_pointer (&line, g_free);

  /* Translators: on a report's title page; %s is today's date */
  line = ssr_bidi_printf (_("Generated on %s"), today_text);
  y += show_text (report, line, 10, FALSE, MARGIN, y, CONTENT, 0.35) + 36;

  if (description != NULL)
    show_text (report, description, 10, FALSE, MARGIN, y, CONTENT, 0.15);

  finish_page (report);
}

#define CHARTS_PER_PAGE 2

static guint
n_chart_pages (void)
{
  return (SSR_N_CHART_KINDS + CHARTS_PER_PAGE - 1) / CHARTS_PER_PAGE;
}

static void
chart_pages (Report *report)
{
  SsrStats *all[SSR_N_CHART_KINDS];
  g_autoptr(SsrChartStyle) style = ssr_chart_style_new (SSR_CHART_STYLE_EXPORT
                                                       | (report->rtl ? SSR_CHART_STYLE_RTL : 0));
  double slot = (PAGE_HEIGHT - 2 * MARGIN - FOOTER) / CHARTS_PER_PAGE;
  double scale = CONTENT / CHART_WIDTH;

  ssr_stats_compute_all (report->review, report->query, all);

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    {
      double top = MARGIN + slot * (k % CHARTS_PER_PAGE);
      g_autofree char *summary = ssr_stats_dup_summary (all[k]);
      g_autoptr(PangoLayout) summary_layout = text_layout (report, summary, 9, FALSE, CONTENT);
      double summary_height = layout_height (summary_layout);
      double chart_height = slot - summary_height - 24;

      cairo_save (report->cr);
      cairo_translate (report->cr, MARGIN, top);
      cairo_scale (report->cr, scale, scale);
      ssr_chart_paint (report->cr, all[k], style, CHART_WIDTH, chart_height / scale);
      cairo_restore (report->cr);

      cairo_set_source_rgb (report->cr, 0.15, 0.15, 0.15);
      cairo_move_to (report->cr, MARGIN, top + chart_height + 6);
      pango_cairo_show_layout (report->cr, summary_layout);

      if (k % CHARTS_PER_PAGE == CHARTS_PER_PAGE - 1 || k + 1 == SSR_N_CHART_KINDS)
        finish_page (report);
    }

  for (guint k = 0; k < SSR_N_CHART_KINDS; k++)
    ssr_stats_unref (all[k]);
}

/* The table */

static char *
dup_date (const SsrDate *date)
{
  char *text = ssr_date_format (date);

  /* Translators: in a report, instead of a date the sources do not give */
  return text != NULL ? text : g_strdup (C_("report", "date not stated"));
}

static char *
dup_cell (SsrRecommendation *rec,
          guint              column)
{
  GString *text;

  switch (column)
    {
    case COL_ID:
      return g_strdup (ssr_recommendation_get_id (rec));
    case COL_PRIORITY:
      {
        SsrPriority p = ssr_recommendation_get_priority (rec);

        return g_strdup (p == SSR_PRIORITY_UNKNOWN ? ssr_stats_unknown_label ()
                                                   : ssr_priority_get_label (p));
      }
    case COL_DECISIONS:
      text = g_string_new (NULL);
      for (guint i = 0; i < ssr_recommendation_get_n_decisions (rec); i++)
        {
          const SsrDecisionEntry *entry = ssr_recommendation_get_decision (rec, i);
          g_autofree char *date = dup_date (&entry->date);

          if (i > 0)
            g_string_append_c (text, '\n');
          /* Translators: one Board decision in a report: "Pending (22 July 2021)" */
          ssr_bidi_string_append_printf (text, C_("report", "%1$s (%2$s)"),
                                         ssr_action_get_label (entry->action), date);
        }
      if (text->len == 0)
        /* Translators: in a report's decision column */
        g_string_append (text, C_("report", "No decision recorded"));
      return g_string_free (text, FALSE);
    case COL_IMPLEMENTATION:
      {
        SsrImplStatus status = ssr_recommendation_get_impl_status (rec);
        const SsrDate *as_of = ssr_recommendation_get_impl_as_of (rec);
        g_autofree char *date = as_of != NULL ? ssr_date_format (as_of) : NULL;

        if (status == SSR_IMPL_UNKNOWN)
          return g_strdup ("—");
        if (date == NULL)
          return g_strdup (ssr_impl_status_get_label (status));
        /* Translators: implementation status in a report: "Complete (as of June 2024)" */
        return ssr_bidi_printf (C_("report", "%1$s (as of %2$s)"),
                                ssr_impl_status_get_label (status), date);
      }
    case COL_COMMUNITY:
    default:
      {
        SsrCommunityPriority p = ssr_recommendation_get_community_priority (rec);

        return g_strdup (p == SSR_COMMUNITY_PRIORITY_UNKNOWN ? "—"
                                                             : ssr_community_priority_get_label (p));
      }
    }
}

static double
table_top (gboolean first)
{
  return MARGIN + (first ? 34 : 0);
}

static double
page_bottom (void)
{
  return PAGE_HEIGHT - MARGIN - FOOTER;
}

/* Draws the row, or only measures it when @draw is FALSE; returns its height. */
static double
table_row (Report            *report,
           SsrRecommendation *rec,
           double             y,
           gboolean           draw)
{
  double x = MARGIN, height = 0, text_height;
  const char *text = ssr_recommendation_get_text (rec);
  g_autoptr(PangoLayout) text_layout_ = NULL;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autofree char *cell = dup_cell (rec, c);
      g_autoptr(PangoLayout) layout = text_layout (report, cell, 8.5, c == COL_ID, column_widths[c]);

      if (draw)
        {
          cairo_set_source_rgb (report->cr, 0, 0, 0);
          move_to_box (report, x, y, column_widths[c]);
          pango_cairo_show_layout (report->cr, layout);
        }
      height = MAX (height, layout_height (layout));
      x += column_widths[c] + GAP;
    }

  text_layout_ = text_layout (report, text != NULL ? text : _("Not stated in the sources"), 9,
                              FALSE, CONTENT - column_widths[COL_ID] - GAP);
  /* A text longer than a page is cut, with an ellipsis, to fit one. */
  pango_layout_set_height (text_layout_, (int) ((page_bottom () - table_top (FALSE) - height - 40)
                                                * PANGO_SCALE));
  pango_layout_set_ellipsize (text_layout_, PANGO_ELLIPSIZE_END);
  text_height = layout_height (text_layout_);
  if (draw)
    {
      cairo_set_source_rgb (report->cr, 0.15, 0.15, 0.15);
      move_to_box (report, MARGIN + column_widths[COL_ID] + GAP, y + height + 4,
                   CONTENT - column_widths[COL_ID] - GAP);
      pango_cairo_show_layout (report->cr, text_layout_);

      cairo_set_source_rgb (report->cr, 0.8, 0.8, 0.8);
      cairo_set_line_width (report->cr, 0.5);
      cairo_move_to (report->cr, MARGIN, y + height + 4 + text_height + 7);
      cairo_line_to (report->cr, MARGIN + CONTENT, y + height + 4 + text_height + 7);
      cairo_stroke (report->cr);
    }

  return height + 4 + text_height + 14;
}

/* Draws the column headers, or only measures them; returns their height. */
static double
table_header (Report   *report,
              double    y,
              gboolean  draw)
{
  const char *headers[N_COLUMNS];
  double x = MARGIN, height = 0;

  /* Translators: report table column headers */
  headers[COL_ID] = C_("report", "ID");
  headers[COL_PRIORITY] = C_("report", "Priority");
  headers[COL_DECISIONS] = C_("report", "Board decisions");
  headers[COL_IMPLEMENTATION] = C_("report", "Implementation");
  headers[COL_COMMUNITY] = C_("report", "Community priority");

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      g_autoptr(PangoLayout) layout = text_layout (report, headers[c], 8.5, TRUE,
                                                   column_widths[c]);

      if (draw)
        {
          cairo_set_source_rgb (report->cr, 0.3, 0.3, 0.3);
          move_to_box (report, x, y, column_widths[c]);
          pango_cairo_show_layout (report->cr, layout);
        }
      height = MAX (height, layout_height (layout));
      x += column_widths[c] + GAP;
    }

  if (draw)
    {
      cairo_set_source_rgb (report->cr, 0.3, 0.3, 0.3);
      cairo_set_line_width (report->cr, 1);
      cairo_move_to (report->cr, MARGIN, y + height + 4);
      cairo_line_to (report->cr, MARGIN + CONTENT, y + height + 4);
      cairo_stroke (report->cr);
    }

  return height + 12;
}

/* Which table page each row goes on. */
static void
paginate (Report *report)
{
  double header = table_header (report, 0, FALSE);
  double y;
  guint page = 0;

  report->row_pages = g_array_sized_new (FALSE, FALSE, sizeof (guint), report->recs->len);
  y = table_top (TRUE) + header;
  for (guint i = 0; i < report->recs->len; i++)
    {
      double h = table_row (report, g_ptr_array_index (report->recs, i), 0, FALSE);

      if (y + h > page_bottom () && y > table_top (page == 0) + header)
        {
          page++;
          y = table_top (FALSE) + header;
        }
      g_array_append_val (report->row_pages, page);
      y += h;
    }
  report->n_table_pages = page + 1;
}

static void
table_pages (Report *report)
{
  g_autofree char *count = ssr_stats_dup_count_text (report->recs->len);
  g_autofree char *heading = NULL;
  guint page = 0;
  double y;

  heading = ssr_bidi_printf (g_dngettext (GETTEXT_PACKAGE,
                                          /* Translators: the heading of a report's table;
                                           * %s is a count */
                                          "Recommendations (%s)", "Recommendations (%s)",
                                          report->recs->len),
                             count);
  show_text (report, heading, 16, TRUE, MARGIN, MARGIN, CONTENT, 0.0);
  y = table_top (TRUE);
  y += table_header (report, y, TRUE);

  for (guint i = 0; i < report->recs->len; i++)
    {
      guint row_page = g_array_index (report->row_pages, guint, i);

      if (row_page != page)
        {
          finish_page (report);
          page = row_page;
          y = table_top (FALSE);
          y += table_header (report, y, TRUE);
        }
      y += table_row (report, g_ptr_array_index (report->recs, i), y, TRUE);
    }
  finish_page (report);
}

/**
 * ssr_export_report:
 * @review: a review
 * @query: (nullable): which recommendations, in which order; %NULL: all. Use it in the
 *   thread that owns it.
 * @path: the PDF file to write
 * @flags: SSR_EXPORT_OVERWRITE to replace an existing file
 * @n_pages: (out) (optional): how many pages the report has
 * @error: return location for a #G_IO_ERROR
 *
 * Returns: whether @path now holds the report
 */
gboolean
ssr_export_report (SsrReview       *review,
                   SsrQuery        *query,
                   const char      *path,
                   SsrExportFlags   flags,
                   guint           *n_pages,
                   GError         **error)
{
  g_autoptr(GPtrArray) recs = NULL;
  g_autofree char *title = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  SsrExportFile file;
  Report report = { 0, };

  g_return_val_if_fail (SSR_IS_REVIEW (review), FALSE);
  g_return_val_if_fail (query == NULL || ssr_query_get_review (query) == review, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!ssr_export_file_open (&file, path, flags, error))
    return FALSE;

  recs = ssr_export_collect (review, query);
  surface = cairo_pdf_surface_create_for_stream (ssr_export_file_cairo_write, &file,
                                                 PAGE_WIDTH, PAGE_HEIGHT);
  /* Translators: the title of a report PDF document; %s is the review ("SSR2") */
  title = ssr_bidi_printf (_("%s: Board decisions and implementation"),
                           ssr_review_get_short_name (review));
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, PACKAGE_NAME);

  report.cr = cairo_create (surface);
  report.review = review;
  report.query = query;
  report.recs = recs;
  report.page = 1;
  report.rtl = ssr_bidi_locale_is_rtl ();

  paginate (&report);
  report.n_pages = 1 + n_chart_pages () + report.n_table_pages;

  title_page (&report);
  chart_pages (&report);
  table_pages (&report);

  status = cairo_status (report.cr);
  cairo_destroy (report.cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  g_clear_pointer (&report.row_pages, g_array_unref);

  if (status != CAIRO_STATUS_SUCCESS && file.write_errno == 0)
    {
      g_autofree char *display = g_filename_display_name (path);

      ssr_bidi_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("Could not draw %s: %s"), display,
                          cairo_status_to_string (status));
      ssr_export_file_clear (&file);
      return FALSE;
    }

  if (n_pages != NULL)
    *n_pages = report.n_pages;
  return ssr_export_file_commit (&file, error);
}
