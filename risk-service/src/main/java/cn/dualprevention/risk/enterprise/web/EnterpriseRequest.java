package cn.dualprevention.risk.enterprise.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;

/** Body of {@code POST /api/v1/enterprises}. */
public record EnterpriseRequest(
        @Schema(example = "郑州中原液化天然气储运有限公司") @NotBlank String name,
        @Schema(description = "9 digits, code in the national chemical registration system", example = "410100001")
        @NotBlank String companyCode,
        @Schema(description = "统一社会信用代码, 18 characters with check character", example = "91410100MA44XXK123")
        @NotBlank String uscc,
        @Schema(example = "河南省郑州市经开区第八大街") String address,
        @Schema(description = "IANA time zone; default Asia/Shanghai", example = "Asia/Shanghai") String timeZone) {
}
