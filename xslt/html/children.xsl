<?xml version="1.0" encoding="UTF-8"?>
<!-- Start page (children and their IZP term) and the registration form. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template match="izp[@page = 'children']" mode="title">Kinderen</xsl:template>

  <xsl:template match="izp[@page = 'children']" mode="content">
    <h1>Kinderen</h1>
    <xsl:if test="children/@notice = 'plan-closed'">
      <p class="notice" role="status">Het IZP is afgesloten. Een kind dat u alleen als
        hoofdbehandelaar of casemanager zag, staat niet meer in uw lijst: na het afsluiten bepaalt
        de toestemming van het kind en de ouders wie het IZP inziet.</p>
    </xsl:if>
    <p class="lead">Voor elk kind met een levensduurbeperkende aandoening is binnen
      8 weken na aanmelding bij een KCT of NIK (of na de diagnose) een IZP nodig.</p>
    <xsl:variable name="list" select="children"/>
    <form class="search" method="get" action="{$base}/" role="search">
      <label for="zoek">Zoek een kind op naam, BSN of geboortedatum</label>
      <input type="search" id="zoek" name="zoek" maxlength="100" value="{$list/@search}"/>
      <button type="submit">Zoeken</button>
      <xsl:if test="$list/@search"><xsl:text> </xsl:text><a href="{$base}/">Alle kinderen</a></xsl:if>
    </form>
    <xsl:choose>
      <xsl:when test="$list/@past-end">
        <p class="empty">Deze pagina bestaat niet (meer). <a href="{$base}/">Naar de eerste pagina</a></p>
      </xsl:when>
      <xsl:when test="children/child">
        <p class="count" role="status">
          <xsl:variable name="first" select="($list/@page - 1) * $list/@page-size + 1"/>
          <xsl:value-of select="concat('Kinderen ', $first, '–', $first + count($list/child) - 1)"/>
          <!-- Without a total the user sees so many children that counting them would cost
               every page; the pager then says only whether there is a next page. -->
          <xsl:if test="$list/@total"><xsl:value-of select="concat(' van ', $list/@total)"/></xsl:if>
          <xsl:if test="$list/@search">
            <xsl:text> bij "</xsl:text><xsl:value-of select="$list/@search"/><xsl:text>"</xsl:text>
          </xsl:if>
          <xsl:text>; de meest dringende eerst.</xsl:text>
        </p>
        <table class="children">
          <thead>
            <tr><th>Kind</th><th>Leeftijd</th><th>Diagnose</th><th>IZP</th><th>Termijn van 8 weken tot een actueel IZP</th></tr>
          </thead>
          <tbody>
            <xsl:apply-templates select="children/child"/>
          </tbody>
        </table>
        <xsl:if test="$list/@more or $list/@page &gt; 1">
          <form class="pager" method="get" action="{$base}/">
            <xsl:if test="$list/@search"><input type="hidden" name="zoek" value="{$list/@search}"/></xsl:if>
            <xsl:if test="$list/@page &gt; 1">
              <button type="submit" name="pagina" value="{$list/@page - 1}">Vorige pagina</button>
            </xsl:if>
            <xsl:text> Pagina </xsl:text><xsl:value-of select="$list/@page"/>
            <xsl:if test="$list/@total">
              <xsl:text> van </xsl:text><xsl:value-of select="ceiling($list/@total div $list/@page-size)"/>
            </xsl:if>
            <xsl:text> </xsl:text>
            <xsl:if test="$list/@more">
              <button type="submit" name="pagina" value="{$list/@page + 1}">Volgende pagina</button>
            </xsl:if>
          </form>
        </xsl:if>
      </xsl:when>
      <xsl:when test="$list/@search">
        <p class="empty">Geen kind gevonden bij "<xsl:value-of select="$list/@search"/>" onder de kinderen
          die u mag inzien.</p>
      </xsl:when>
      <xsl:otherwise><p class="empty">Er zijn geen kinderen die u mag inzien. Het kind en de ouders
        bepalen wie het IZP inziet; de casemanager legt hun toestemming vast.</p></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template match="children/child">
    <tr class="deadline-{@deadline-status}">
      <td><xsl:value-of select="concat(@given-name, ' ', @family-name)"/></td>
      <td><xsl:apply-templates select="." mode="age"/></td>
      <td><xsl:value-of select="@diagnosis"/></td>
      <td>
        <xsl:choose>
          <xsl:when test="@plan-id">
            <a href="{$base}/izp/{@plan-id}">
              <xsl:call-template name="plan-status"><xsl:with-param name="status" select="@plan-status"/></xsl:call-template>
              <xsl:text> IZP bekijken</xsl:text>
            </a>
          </xsl:when>
          <xsl:otherwise>
            <xsl:if test="@deadline-status = 'closed' or @first-actueel-on">Vorig IZP afgesloten. </xsl:if>
            <!-- Only the roles that may make a plan are offered it, and
                 never for a child who died. -->
            <xsl:choose>
              <xsl:when test="@died-on">Overleden</xsl:when>
              <xsl:when test="/izp/session/@role = 'verpleegkundige' or /izp/session/@role = 'kinderarts' or /izp/session/@role = 'casemanager'">
                <a class="button" href="{$base}/kinderen/{@id}/izp/nieuw">IZP aanmaken</a>
              </xsl:when>
              <xsl:otherwise>Nog geen IZP</xsl:otherwise>
            </xsl:choose>
          </xsl:otherwise>
        </xsl:choose>
        <xsl:text> · </xsl:text>
        <a class="emergency-link" href="{$base}/kinderen/{@id}/spoed">Spoedoverzicht</a>
      </td>
      <td class="deadline">
        <!-- Dates are written in place: a variable holding a formatted
             date would be a result tree fragment per row, most of the
             page's cost.  Every test is an XPath evaluation: the states
             of most children come first (a plan made actueel). -->
        <xsl:choose>
          <xsl:when test="@deadline-status = 'met'">
            <xsl:text>Actueel op </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@first-actueel-on"/></xsl:call-template>
            <xsl:text>, binnen de termijn</xsl:text>
          </xsl:when>
          <xsl:when test="@deadline-status = 'late'">
            <span class="flag flag-late">Te laat actueel</span>
            <xsl:text> op </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@first-actueel-on"/></xsl:call-template>
            <xsl:value-of select="concat(' (', @actueel-days-after-term, ' dagen na ')"/>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@deadline"/></xsl:call-template>
            <xsl:text>)</xsl:text>
          </xsl:when>
          <xsl:when test="@deadline-status = 'overdue'">
            <span class="flag flag-overdue">Te laat</span>
            <xsl:text> termijn liep af op </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@deadline"/></xsl:call-template>
            <xsl:value-of select="concat(' (', -@days-left, ' dagen geleden)')"/>
          </xsl:when>
          <xsl:when test="@deadline-status = 'due-soon'">
            <span class="flag flag-due-soon">Bijna verlopen</span>
            <xsl:text> uiterlijk </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@deadline"/></xsl:call-template>
            <xsl:value-of select="concat(' (nog ', @days-left, ' dagen)')"/>
          </xsl:when>
          <xsl:when test="@deadline-status = 'ok'">
            <span class="flag flag-ok">Op tijd</span>
            <xsl:text> uiterlijk </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@deadline"/></xsl:call-template>
          </xsl:when>
          <xsl:when test="@deadline-status = 'died'">
            <xsl:text>Overleden op </xsl:text>
            <xsl:call-template name="date"><xsl:with-param name="value" select="@died-on"/></xsl:call-template>
          </xsl:when>
          <xsl:otherwise>—</xsl:otherwise>
        </xsl:choose>
      </td>
    </tr>
  </xsl:template>

  <xsl:template match="izp[@page = 'child-create']" mode="title">Kind registreren</xsl:template>

  <xsl:template match="izp[@page = 'child-create']" mode="content">
    <h1>Kind registreren</h1>
    <p class="lead">Velden met * zijn verplicht.</p>
    <xsl:apply-templates select="form"/>
  </xsl:template>
</xsl:stylesheet>
