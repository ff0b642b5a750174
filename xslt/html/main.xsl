<?xml version="1.0" encoding="UTF-8"?>
<!--
  HTML view of every page of the IZP suite: the shared layout, and per page
  (the root's @page) the templates included below.  All escaping happens
  here, by the XSLT processor; disable-output-escaping is never used.
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"
              doctype-system="about:legacy-compat"/>

  <!-- The path the site is served under (site.base_path, e.g. /zorg/izp),
       before every link and form of the site; empty at the root. -->
  <xsl:param name="base" select="''"/>

  <xsl:include href="common.xsl"/>
  <xsl:include href="form.xsl"/>
  <xsl:include href="children.xsl"/>
  <xsl:include href="plan.xsl"/>
  <xsl:include href="followup.xsl"/>
  <xsl:include href="print.xsl"/>
  <xsl:include href="palliative.xsl"/>
  <xsl:include href="access.xsl"/>
  <xsl:include href="admin.xsl"/>
  <xsl:include href="audit.xsl"/>
  <xsl:include href="emergency.xsl"/>
  <xsl:include href="error.xsl"/>
  <xsl:include href="health.xsl"/>
  <xsl:include href="family.xsl"/>

  <!-- A fragment (?weergave=fragment): the page's content without its
       chrome, for a portal's iframe.  Links and forms open the IZP in the
       whole window, not inside the portal; links within the page
       (target _self) stay in the frame. -->
  <xsl:template match="/izp[@view = 'fragment']" priority="1">
    <html lang="nl">
      <head>
        <title><xsl:apply-templates select="." mode="title"/> · IZP</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <base target="_top"/>
        <link rel="stylesheet" href="{$base}/static/izp.css"/>
        <link rel="icon" href="{$base}/favicon.ico"/>
      </head>
      <body class="page-{@page} fragment">
        <main>
          <xsl:apply-templates select="." mode="content"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <xsl:template match="/izp">
    <html lang="nl">
      <head>
        <title><xsl:apply-templates select="." mode="title"/> · IZP</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <link rel="stylesheet" href="{$base}/static/izp.css"/>
        <link rel="icon" href="{$base}/favicon.ico"/>
      </head>
      <body class="page-{@page}">
        <header class="top">
          <a class="brand" href="{$base}/">IZP <span>Individueel Zorgplan</span></a>
          <nav>
            <a href="{$base}/">Kinderen</a>
            <xsl:if test="session/@role = 'verpleegkundige' or session/@role = 'kinderarts' or session/@role = 'casemanager'">
              <a href="{$base}/kinderen/nieuw">Kind registreren</a>
            </xsl:if>
            <xsl:if test="session/@role != 'privacy' and session/@role != 'beheerder'">
              <a href="{$base}/werklijsten">Werklijsten</a>
            </xsl:if>
            <xsl:if test="session/@role = 'beheerder'">
              <a href="{$base}/beheer/bestemmingen">Bestemmingen</a>
            </xsl:if>
            <xsl:if test="session/@role = 'privacy'">
              <a href="{$base}/privacy/logboek">Logboek</a>
              <a href="{$base}/privacy/noodtoegang">Ter controle</a>
            </xsl:if>
          </nav>
          <xsl:if test="session/@name">
            <p class="who">
              <xsl:value-of select="session/@name"/>
              <xsl:text> · </xsl:text>
              <xsl:call-template name="role-label">
                <xsl:with-param name="role" select="session/@role"/>
              </xsl:call-template>
            </p>
          </xsl:if>
        </header>
        <!-- On every page about one child: the spoedoverzicht in one click. -->
        <xsl:if test="child/@id and @page != 'emergency'">
          <p class="child-bar">
            <xsl:apply-templates select="child" mode="name"/>
            <xsl:text> · </xsl:text>
            <a class="emergency-link" href="{$base}/kinderen/{child/@id}/spoed">Spoedoverzicht</a>
          </p>
        </xsl:if>
        <main>
          <xsl:apply-templates select="." mode="content"/>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
