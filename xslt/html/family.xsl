<?xml version="1.0" encoding="UTF-8"?>
<!--
  The family's door (issue 14): the pages parents, guardians and the child
  see, in plain Dutch, with their own chrome: no caregiver's menu, only
  their own children.  The plan itself is the printout's text (print.xsl).
-->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <!-- The child reading its own plan at the family's door (12 or older)
       is spoken to as "je"; parents, and every caregiver's page, as "u".
       A log-in is the child's own or a representative's, never both. -->
  <xsl:variable name="child-reads" select="/izp/@door = 'family' and /izp/family-link/@who = 'kind'"/>
  <!-- "Je" or "Uw", before a noun. -->
  <xsl:variable name="your">
    <xsl:choose>
      <xsl:when test="$child-reads">Je</xsl:when>
      <xsl:otherwise>Uw</xsl:otherwise>
    </xsl:choose>
  </xsl:variable>

  <xsl:template match="/izp[@door = 'family']" priority="2">
    <html lang="nl">
      <head>
        <title><xsl:apply-templates select="." mode="title"/> · Zorgplan</title>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <link rel="stylesheet" href="{$base}/static/izp.css"/>
        <link rel="icon" href="{$base}/favicon.ico"/>
      </head>
      <body class="page-{@page} family">
        <header class="top">
          <a class="brand" href="{$base}/">Zorgplan <span>voor kind en ouders</span></a>
          <nav>
            <a href="{$base}/"><xsl:call-template name="family-home-name"/></a>
          </nav>
          <xsl:if test="session/@name">
            <p class="who"><xsl:value-of select="session/@name"/></p>
          </xsl:if>
        </header>
        <main>
          <xsl:apply-templates select="." mode="content"/>
        </main>
      </body>
    </html>
  </xsl:template>

  <!-- The start page: the child's own plan for a child, a parent's
       children for a parent. -->
  <xsl:template name="family-home-name">
    <xsl:choose>
      <xsl:when test="not(/izp/session)">Startpagina</xsl:when>
      <xsl:when test="/izp/session/@role = 'kind'">Mijn zorgplan</xsl:when>
      <xsl:otherwise>Mijn kinderen</xsl:otherwise>
    </xsl:choose>
  </xsl:template>
  <xsl:template match="izp[@page = 'family-home']" mode="title"><xsl:call-template name="family-home-name"/></xsl:template>
  <xsl:template match="izp[@page = 'family-plan']" mode="title">
    <xsl:text>Zorgplan van </xsl:text><xsl:value-of select="family-link/@given-name"/>
  </xsl:template>
  <xsl:template match="izp[@page = 'family-parents']" mode="title">Wie mag je zorgplan zien?</xsl:template>

  <xsl:template match="izp[@page = 'family-home']" mode="content">
    <h1>Zorgplan</h1>
    <xsl:choose>
      <xsl:when test="family-link">
        <ul class="family-links">
          <xsl:apply-templates select="family-link" mode="home"/>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p class="notice">Uw account is nog niet aan een kind gekoppeld. De casemanager
          van uw kind kan dat doen; noem daarbij de naam waarmee u bent ingelogd.</p>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="family-link" mode="home">
    <li>
      <h2><xsl:value-of select="@given-name"/><xsl:text> </xsl:text><xsl:value-of select="@family-name"/>
        <span class="age"> (<xsl:value-of select="@age"/> jaar)</span></h2>
      <xsl:choose>
        <xsl:when test="@sees = 'nee'">
          <p class="notice"><xsl:value-of select="why-not"/></p>
        </xsl:when>
        <xsl:when test="@plan-id">
          <p><a class="button" href="{$base}/kind/{@child-id}">Bekijk het zorgplan</a>
            <xsl:text> </xsl:text>
            <a class="button emergency-link" href="{$base}/kind/{@child-id}/spoed">Spoedoverzicht</a></p>
          <p class="hint">
            <xsl:choose>
              <xsl:when test="@who = 'kind'">Het spoedoverzicht kun je bij spoed laten zien aan de ambulance of de huisartsenpost.</xsl:when>
              <xsl:otherwise>Het spoedoverzicht kunt u bij spoed laten zien aan de ambulance of de huisartsenpost.</xsl:otherwise>
            </xsl:choose>
          </p>
          <p><a href="{$base}/kind/{@child-id}/toegang">Wie mag het zorgplan zien?</a> ·
            <a href="{$base}/kind/{@child-id}/wie-keek">Wie heeft het zorgplan bekeken?</a></p>
        </xsl:when>
        <xsl:otherwise>
          <p>
            <xsl:choose>
              <xsl:when test="@who = 'kind'">Er is nog geen zorgplan. Zodra het zorgplan met je is besproken, staat het hier.</xsl:when>
              <xsl:otherwise>Er is nog geen zorgplan. Zodra het zorgplan met u is besproken, staat het hier.</xsl:otherwise>
            </xsl:choose>
          </p>
          <p><a href="{$base}/kind/{@child-id}/spoed">Spoedoverzicht: wat er al is vastgelegd</a></p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:apply-templates select="@parents-may-see"/>
    </li>
  </xsl:template>

  <!-- The child of 16 or older: whether the parents see the plan. -->
  <xsl:template match="family-link/@parents-may-see">
    <p class="parents-choice">
      <xsl:choose>
        <xsl:when test=". = 'ja'">Je ouders mogen je zorgplan zien. </xsl:when>
        <xsl:otherwise>Je ouders zien je zorgplan niet. </xsl:otherwise>
      </xsl:choose>
      <a href="{$base}/kind/{../@child-id}/ouders">Dit veranderen</a>
    </p>
  </xsl:template>

  <!-- A child without a plan yet: what there is already. -->
  <xsl:template match="izp[@page = 'family-plan' and not(plan)]" mode="content" priority="1">
    <h1>Zorgplan van <xsl:value-of select="family-link/@given-name"/></h1>
    <xsl:apply-templates select="family-link/@parents-may-see"/>
    <p class="notice">
      <xsl:choose>
        <xsl:when test="$child-reads">Er is nog geen zorgplan. Zodra het zorgplan met je is besproken, staat het hier. Heb je vragen, bel dan je casemanager of je arts.</xsl:when>
        <xsl:otherwise>Er is nog geen zorgplan. Zodra het zorgplan met u is besproken, staat het hier. Heeft u vragen, bel dan de casemanager of de arts van uw kind.</xsl:otherwise>
      </xsl:choose>
    </p>
  </xsl:template>

  <xsl:template match="izp[@page = 'family-parents']" mode="content">
    <h1>Wie mag je zorgplan zien?</h1>
    <p>Je bent 16 of ouder: jij beslist of je ouders je zorgplan zien. Welke zorgverleners
      het zien, beslis je ook zelf: kijk bij "Wie mag het zorgplan zien?".</p>
    <p>
      <xsl:choose>
        <xsl:when test="family-link/@parents-may-see = 'ja'">Nu mogen je ouders je zorgplan zien.</xsl:when>
        <xsl:otherwise>Nu zien je ouders je zorgplan niet.</xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:apply-templates select="form"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'family-access']" mode="title">Wie mag het zorgplan zien?</xsl:template>

  <xsl:template match="izp[@page = 'family-access']" mode="content">
    <h1>Wie mag het zorgplan van <xsl:value-of select="family-link/@given-name"/> zien?</h1>
    <!-- Who decides (WGBO), said to whoever reads: the child itself from
         12, alone from 16; its parents until 16, with the child from 12. -->
    <p class="lead">
      <xsl:choose>
        <xsl:when test="$child-reads">
          <xsl:choose>
            <xsl:when test="family-link/@age &gt;= 16">Jij bepaalt</xsl:when>
            <xsl:otherwise>Jij en je ouders bepalen</xsl:otherwise>
          </xsl:choose>
          <xsl:text> welke zorgverleners je zorgplan mogen inzien. De arts die je behandeling leidt en je vaste contactpersoon kunnen het altijd zien zolang het plan loopt. Wat je hier beslist, zien de zorgverleners als jouw besluit.</xsl:text>
        </xsl:when>
        <xsl:when test="family-link/@age &gt;= 16">Vanaf 16 jaar bepaalt uw kind zelf welke zorgverleners het zorgplan mogen inzien. De arts die de behandeling leidt en de vaste contactpersoon kunnen het altijd zien zolang het plan loopt.</xsl:when>
        <xsl:otherwise>
          <xsl:choose>
            <xsl:when test="family-link/@age &gt;= 12">U en uw kind bepalen</xsl:when>
            <xsl:otherwise>U bepaalt</xsl:otherwise>
          </xsl:choose>
          <xsl:text> welke zorgverleners het zorgplan mogen inzien. De arts die de behandeling leidt en de vaste contactpersoon kunnen het altijd zien zolang het plan loopt. Wat u hier beslist, zien de zorgverleners als uw besluit.</xsl:text>
        </xsl:otherwise>
      </xsl:choose>
    </p>
    <xsl:choose>
      <xsl:when test="grants/grant[not(@revoked-at)]">
        <table class="children grants">
          <thead><tr><th>Mag het zorgplan zien</th><th>Besloten door</th><th>Sinds</th></tr></thead>
          <tbody>
            <xsl:for-each select="grants/grant[not(@revoked-at)]">
              <tr>
                <td>
                  <xsl:choose>
                    <xsl:when test="@user-id"><xsl:value-of select="@user-name"/>
                      <xsl:text> (</xsl:text><xsl:call-template name="role-label"><xsl:with-param name="role" select="@user-role"/></xsl:call-template><xsl:text>)</xsl:text></xsl:when>
                    <xsl:otherwise>Team <xsl:value-of select="@team-name"/></xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <xsl:value-of select="@decided-by-name"/>
                  <xsl:if test="@entered-by-login"> (hier, via de gezinstoegang)</xsl:if>
                </td>
                <td><xsl:call-template name="date"><xsl:with-param name="value" select="substring(@entered-at, 1, 10)"/></xsl:call-template></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise><p>Op dit moment heeft geen zorgverlener of team toestemming van het gezin.</p></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="grants/grant[@revoked-at]">
      <h2>Niet meer</h2>
      <ul>
        <xsl:for-each select="grants/grant[@revoked-at]">
          <li>
            <xsl:choose>
              <xsl:when test="@user-id"><xsl:value-of select="@user-name"/></xsl:when>
              <xsl:otherwise>Team <xsl:value-of select="@team-name"/></xsl:otherwise>
            </xsl:choose>
            <xsl:text>: ingetrokken op </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="substring(@revoked-at, 1, 10)"/></xsl:call-template>
            <xsl:if test="@revoked-by-login"> (hier, via de gezinstoegang)</xsl:if>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="cannot-decide">
        <p class="notice"><xsl:value-of select="cannot-decide"/></p>
      </xsl:when>
      <xsl:otherwise>
        <h2>Toegang geven</h2>
        <xsl:apply-templates select="form[@name = 'family-grant']"/>
        <xsl:if test="grants/grant[not(@revoked-at)]">
          <h2>Toegang intrekken</h2>
          <p>Let op: wie in een team zit dat toegang heeft, of wie de behandeling leidt of de
            vaste contactpersoon is, blijft het zorgplan zien.</p>
          <xsl:apply-templates select="form[@name = 'family-revoke']"/>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- The caregivers' side: which family log-ins belong to a child. -->
  <xsl:template match="izp[@page = 'family-link']" mode="title">
    <xsl:text>Gezinstoegang · </xsl:text><xsl:value-of select="child/@given-name"/>
  </xsl:template>

  <xsl:template match="izp[@page = 'family-link']" mode="content">
    <h1>Gezinstoegang voor <xsl:apply-templates select="child" mode="name"/></h1>
    <p class="lead">Ouders, voogden en het kind lezen het zorgplan zelf via het patiëntenportaal.
      Koppel hier hun inlognaam aan het kind. Wat zij zien, volgt de WGBO: tot 12 jaar de ouders
      met gezag, van 12 tot 16 ook het kind, vanaf 16 beslist het kind zelf of de ouders meelezen.</p>
    <xsl:choose>
      <xsl:when test="family-accounts/family-account[not(@ended-at)]">
        <table class="children family-accounts">
          <thead><tr><th>Inlognaam</th><th>Wie</th><th>Gekoppeld</th></tr></thead>
          <tbody>
            <xsl:for-each select="family-accounts/family-account[not(@ended-at)]">
              <tr>
                <td><xsl:value-of select="@login"/></td>
                <td>
                  <xsl:choose>
                    <xsl:when test="@kind = 'kind'">Het kind zelf</xsl:when>
                    <xsl:otherwise>
                      <xsl:value-of select="@representative"/>
                      <xsl:text> (</xsl:text><xsl:value-of select="@relation"/>
                      <xsl:choose>
                        <xsl:when test="@has-authority = '1'">, met gezag</xsl:when>
                        <xsl:otherwise>, zonder gezag: ziet het zorgplan niet</xsl:otherwise>
                      </xsl:choose>
                      <xsl:if test="@representative-status != 'actief'">; niet meer als vertegenwoordiger vastgelegd</xsl:if>
                      <xsl:text>)</xsl:text>
                    </xsl:otherwise>
                  </xsl:choose>
                </td>
                <td>
                  <xsl:call-template name="datetime"><xsl:with-param name="value" select="@linked-at"/></xsl:call-template>
                  <xsl:text> door </xsl:text><xsl:value-of select="@linked-by"/>
                </td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise><p>Nog niemand van het gezin is gekoppeld.</p></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="family-accounts/family-account[@ended-at]">
      <h2>Beëindigde koppelingen</h2>
      <ul class="ended-links">
        <xsl:for-each select="family-accounts/family-account[@ended-at]">
          <li>
            <xsl:value-of select="@login"/>
            <xsl:text> (</xsl:text>
            <xsl:choose>
              <xsl:when test="@kind = 'kind'">het kind zelf</xsl:when>
              <xsl:otherwise><xsl:value-of select="@representative"/></xsl:otherwise>
            </xsl:choose>
            <xsl:text>): beëindigd op </xsl:text>
            <xsl:call-template name="datetime"><xsl:with-param name="value" select="@ended-at"/></xsl:call-template>
            <xsl:text> door </xsl:text><xsl:value-of select="@ended-by"/>
            <xsl:text>: </xsl:text><xsl:value-of select="@end-reason"/>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
    <xsl:if test="form[@name = 'family-link']">
      <h2>Inlognaam koppelen</h2>
      <xsl:apply-templates select="form[@name = 'family-link']"/>
    </xsl:if>
    <xsl:if test="form[@name = 'family-unlink']">
      <h2>Koppeling beëindigen</h2>
      <p>Bijvoorbeeld als een ouder het gezag niet meer heeft of een inlognaam niet meer klopt.
        Wie niet meer gekoppeld is, ziet vanaf dat moment niets meer.</p>
      <xsl:apply-templates select="form[@name = 'family-unlink']"/>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
