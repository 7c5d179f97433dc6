package cn.dualprevention.deploy.demo;

import cn.dualprevention.deploy.demo.RiskGrade.Level;
import cn.dualprevention.deploy.demo.RiskGrade.Method;
import cn.dualprevention.deploy.demo.Templates.Unit;

import java.util.List;

import static cn.dualprevention.deploy.demo.Archetypes.electrical;
import static cn.dualprevention.deploy.demo.Archetypes.fireEscalation;
import static cn.dualprevention.deploy.demo.Archetypes.flammableLeak;
import static cn.dualprevention.deploy.demo.Archetypes.loading;
import static cn.dualprevention.deploy.demo.Archetypes.machineFailure;
import static cn.dualprevention.deploy.demo.Archetypes.maintenanceWork;
import static cn.dualprevention.deploy.demo.Archetypes.overfill;
import static cn.dualprevention.deploy.demo.Archetypes.overpressure;
import static cn.dualprevention.deploy.demo.Archetypes.toxicLeak;
import static cn.dualprevention.deploy.demo.RiskGrade.Level.CONSIDERABLE;
import static cn.dualprevention.deploy.demo.RiskGrade.Level.GENERAL;
import static cn.dualprevention.deploy.demo.RiskGrade.Level.LOW;
import static cn.dualprevention.deploy.demo.RiskGrade.Level.MAJOR;

/**
 * 企业类型 — the enterprise kinds of seed 004 (LNG storage, coking, synthetic ammonia, oil depot, chlor-alkali), each
 * with the assessment method its safety department uses, the name of its major hazard source, and its risk units
 * (the first ones belong to the major hazard source), in the order a plant is filled.
 */
public enum Kind {
    LNG_STORAGE("液化天然气", "液化天然气储运有限公司", Method.LEC, "LNG储罐区", 2, List.of(
            new Unit("LNG全容储罐", true, List.of(
                    Archetypes.flammableLeak("LNG储罐", "LNG", MAJOR),
                    overpressure("LNG储罐", CONSIDERABLE),
                    overfill("LNG储罐", "LNG", CONSIDERABLE),
                    fireEscalation("LNG储罐", CONSIDERABLE))),
            new Unit("LNG装卸车区", true, List.of(
                    loading("LNG装车撬", "LNG", CONSIDERABLE),
                    flammableLeak("装车管线", "LNG", GENERAL))),
            new Unit("BOG压缩机房", false, List.of(
                    machineFailure("BOG压缩机", "天然气", GENERAL),
                    flammableLeak("BOG压缩机房", "天然气", GENERAL))),
            new Unit("空温式汽化器区", false, List.of(
                    overpressure("空温式汽化器", GENERAL),
                    flammableLeak("汽化器出口管线", "天然气", GENERAL))),
            new Unit("LNG低温泵池", false, List.of(
                    machineFailure("LNG潜液泵", "LNG", GENERAL))),
            new Unit("消防泵房及消防水池", false, List.of(
                    electrical("消防泵房", LOW))),
            new Unit("10kV变配电室", false, List.of(
                    electrical("10kV变配电室", LOW))))),
    COKING("焦化", "焦化有限公司", Method.MES, "粗苯储罐区", 3, List.of(
            new Unit("粗苯储罐区", true, List.of(
                    overfill("粗苯储罐", "粗苯", CONSIDERABLE),
                    flammableLeak("粗苯储罐", "苯蒸气", CONSIDERABLE),
                    fireEscalation("粗苯储罐", GENERAL))),
            new Unit("煤气柜", true, List.of(
                    toxicLeak("煤气柜", "一氧化碳", MAJOR),
                    overpressure("煤气柜", CONSIDERABLE))),
            new Unit("焦炉地下室", false, List.of(
                    toxicLeak("焦炉地下室", "焦炉煤气", CONSIDERABLE),
                    flammableLeak("焦炉地下室煤气管道", "焦炉煤气", CONSIDERABLE))),
            new Unit("煤气鼓风机房", false, List.of(
                    machineFailure("煤气鼓风机", "焦炉煤气", GENERAL),
                    toxicLeak("鼓风机房", "一氧化碳", GENERAL))),
            new Unit("脱硫再生工段", false, List.of(
                    toxicLeak("脱硫塔", "硫化氢", GENERAL),
                    maintenanceWork("脱硫塔", LOW))),
            new Unit("干熄焦装置", false, List.of(
                    overpressure("干熄焦锅炉汽包", GENERAL),
                    toxicLeak("干熄炉", "一氧化碳", GENERAL))),
            new Unit("焦化变配电室", false, List.of(
                    electrical("焦化变配电室", LOW))))),
    SYNTHETIC_AMMONIA("合成氨", "化肥有限公司", Method.LEC, "液氨储罐区", 1, List.of(
            new Unit("液氨球罐区", true, List.of(
                    toxicLeak("液氨球罐", "氨", MAJOR),
                    overfill("液氨球罐", "液氨", CONSIDERABLE),
                    overpressure("液氨球罐", CONSIDERABLE))),
            new Unit("氨合成工段", true, List.of(
                    overpressure("氨合成塔", MAJOR),
                    flammableLeak("合成气管线", "氢气", CONSIDERABLE))),
            new Unit("造气（煤气化）工段", false, List.of(
                    toxicLeak("气化炉", "一氧化碳", CONSIDERABLE),
                    overpressure("气化炉", GENERAL))),
            new Unit("合成气压缩机厂房", false, List.of(
                    machineFailure("合成气压缩机", "氢气", GENERAL),
                    flammableLeak("压缩机厂房", "氢气", GENERAL))),
            new Unit("液氨装车站", false, List.of(
                    loading("液氨装车鹤管", "液氨", GENERAL))),
            new Unit("冰机（氨冷冻）工段", false, List.of(
                    machineFailure("氨冰机", "氨", GENERAL))),
            new Unit("总变电所", false, List.of(
                    electrical("总变电所", LOW))))),
    OIL_DEPOT("油库", "石油储运有限公司", Method.LEC, "汽油储罐区", 2, List.of(
            new Unit("汽油内浮顶储罐区", true, List.of(
                    overfill("汽油储罐", "汽油", CONSIDERABLE),
                    flammableLeak("汽油储罐", "汽油", MAJOR),
                    fireEscalation("汽油储罐", CONSIDERABLE))),
            new Unit("柴油储罐区", true, List.of(
                    overfill("柴油储罐", "柴油", GENERAL),
                    fireEscalation("柴油储罐", GENERAL))),
            new Unit("公路发油站台", false, List.of(
                    loading("发油鹤位", "汽油", CONSIDERABLE))),
            new Unit("铁路卸油栈桥", false, List.of(
                    loading("卸油鹤管", "汽油", GENERAL))),
            new Unit("油泵房", false, List.of(
                    machineFailure("输油泵", "汽油", GENERAL))),
            new Unit("油气回收装置", false, List.of(
                    flammableLeak("油气回收装置", "油气", GENERAL))),
            new Unit("油库变配电室", false, List.of(
                    electrical("油库变配电室", LOW))))),
    CHLOR_ALKALI("氯碱", "氯碱化工有限公司", Method.LS, "液氯储存区", 1, List.of(
            new Unit("液氯储罐区", true, List.of(
                    toxicLeak("液氯储罐", "氯气", MAJOR),
                    overfill("液氯储罐", "液氯", CONSIDERABLE))),
            new Unit("氯气液化工段", true, List.of(
                    overpressure("氯气液化器", CONSIDERABLE),
                    toxicLeak("液化器", "氯气", CONSIDERABLE))),
            new Unit("离子膜电解工段", false, List.of(
                    flammableLeak("电解槽氢气总管", "氢气", CONSIDERABLE),
                    toxicLeak("电解槽", "氯气", GENERAL))),
            new Unit("事故氯吸收装置", false, List.of(
                    machineFailure("事故氯风机", "氯气", GENERAL))),
            new Unit("氯化氢合成及盐酸工段", false, List.of(
                    toxicLeak("氯化氢合成炉", "氯化氢", GENERAL),
                    overpressure("合成炉", GENERAL))),
            new Unit("烧碱蒸发及罐区", false, List.of(
                    maintenanceWork("烧碱蒸发器", LOW))),
            new Unit("整流变电所", false, List.of(
                    electrical("整流变电所", LOW)))));

    public final String trade;
    public final String nameSuffix;
    public final Method method;
    public final String majorHazardName;
    public final int majorHazardGrade;
    public final List<Unit> units;

    Kind(String trade, String nameSuffix, Method method, String majorHazardName, int majorHazardGrade, List<Unit> units) {
        this.trade = trade;
        this.nameSuffix = nameSuffix;
        this.method = method;
        this.majorHazardName = majorHazardName;
        this.majorHazardGrade = majorHazardGrade;
        this.units = units;
    }

    /** The unit level: the highest residual level of its events (as risk-service regrades it). */
    public static Level levelOf(Unit unit) {
        Level level = null;
        for (var e : unit.events()) {
            level = e.residual().higherOf(level);
        }
        return level == null ? LOW : level;
    }
}
